using Zones.Server.Tests.Data.Complaints;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Complaints.ComplaintKit;

namespace Zones.Server.Tests.Data.Rules;

/// <summary>
/// A case's open / overdue state and its category row in force, as the database defines them once
/// (migration 0010), and the plans they leave the heat map and tiles: the predicates inline.
/// </summary>
[Collection(PostgisCollection.Name)]
public class ComplaintStateTests(PostgisFixture pg) : ComplaintTownshipTests(pg)
{
    Task<string> EachStageAsync(string predicate) => Kit.ScalarAsync<string>($"""
        SELECT string_agg(s || '=' || ({predicate})::text, ' ' ORDER BY s)
        FROM unnest(ARRAY['received', 'registered', 'dispatched', 'disposing', 'feedback', 'verifying', 'closed', 'shelved', 'voided']) s
        """);

    [Fact]
    public async Task A_case_is_open_until_closed_or_voided_and_shelved_is_open() =>
        Assert.Equal("closed=false dispatched=true disposing=true feedback=true received=true registered=true " +
                     "shelved=true verifying=true voided=false", await EachStageAsync("zones.complaint_is_open(s)"));

    [Fact]
    public async Task Past_its_deadline_an_open_case_is_overdue_unless_shelved() =>
        Assert.Equal("closed=false dispatched=true disposing=true feedback=true received=true registered=true " +
                     "shelved=false verifying=true voided=false",
                     await EachStageAsync("zones.complaint_is_overdue(s, now() - interval '1 hour', NULL, now())"));

    [Fact]
    public async Task Before_its_deadline_or_without_one_a_case_is_not_overdue_and_never_null() =>
        Assert.Equal("false false true", await Kit.ScalarAsync<string>("""
            SELECT concat_ws(' ', zones.complaint_is_overdue('disposing', now() + interval '1 hour', NULL, now())::text,
                             zones.complaint_is_overdue('disposing', NULL, NULL, now())::text,
                             (NOT zones.complaint_is_overdue('disposing', NULL, NULL, now()))::text)
            """));

    // Issue #13: the deadline is the 处置时限; fed back before it, a case waiting for 核查 is on time.
    [Fact]
    public async Task A_case_fed_back_before_its_deadline_is_not_overdue_while_it_waits_for_verification_and_one_fed_back_late_is() =>
        Assert.Equal("false false true", await Kit.ScalarAsync<string>("""
            SELECT concat_ws(' ', zones.complaint_is_overdue('verifying', now() - interval '2 days', now() - interval '3 days', now())::text,
                             zones.complaint_is_overdue('feedback', now() - interval '2 days', now() - interval '3 days', now())::text,
                             zones.complaint_is_overdue('verifying', now() - interval '2 days', now() - interval '1 day', now())::text)
            """));

    // Asked about a moment before the feedback, the case was still running against its deadline.
    [Fact]
    public async Task Overdue_at_a_past_moment_ignores_a_feedback_given_after_it() =>
        Assert.True(await Kit.ScalarAsync<bool>("""
            SELECT zones.complaint_is_overdue('verifying', now() - interval '3 days', now() - interval '1 day', now() - interval '2 days')
            """));

    [Fact]
    public async Task A_case_is_mine_when_I_am_its_responsible_person_or_my_unit_its_responsible_unit() =>
        Assert.Equal("true true false null", await Kit.ScalarAsync<string>("""
            SELECT concat_ws(' ', zones.complaint_is_mine(7, NULL, 7, 3)::text, zones.complaint_is_mine(8, 3, 7, 3)::text,
                             zones.complaint_is_mine(8, 4, 7, 3)::text, coalesce(zones.complaint_is_mine(8, 4, NULL, NULL)::text, 'null'))
            """));

    [Fact]
    public async Task A_townships_own_category_row_wins_over_the_shipped_default()
    {
        await Kit.ExecuteAsync($"""
            INSERT INTO zones.complaint_category (township_code, code, kind, name, group_name, time_limit, time_unit)
            VALUES ('{Township}', '0102', 'event', '路边垃圾', '市容环境', 2, 'work_hours')
            """);
        Assert.Equal("路边垃圾 2 暴露垃圾", await Kit.ScalarAsync<string>($"""
            SELECT concat_ws(' ', (SELECT name FROM zones.category_of('{Township}', 'event', '0102')),
                             (SELECT time_limit FROM zones.categories_in_force('{Township}') WHERE code = '0102'),
                             (SELECT name FROM zones.category_of('999999999999', 'event', '0102')))
            """));
    }

    // Inlined, the open predicate is complaint_open_geom_idx's own: complaint tiles keep that partial index. The
    // scheduler's complaint_open_deadline_idx (0029) has the same predicate, and on the demo's few rows the planner
    // may take either: what matters is that a partial index of the open predicate is usable at all.
    [Fact]
    public async Task The_open_predicate_inlines_so_complaint_tiles_keep_the_partial_index()
    {
        var plan = await ExplainAsync("""
            SELECT count(*) FROM zones.complaint t
            WHERE t.geom && ST_MakeEnvelope(119.8, 31.0, 119.9, 31.1, 4326) AND zones.complaint_is_open(t.stage)
            """);
        Assert.Matches("Scan (on|using) complaint_open_(geom|deadline)_idx", plan);
        Assert.DoesNotContain("complaint_is_open", plan);
    }

    // The heat map's default filter: the open stages folded while planning to a constant list, which
    // complaint_stage_idx (township_code, stage, reported_at) can search.
    [Fact]
    public async Task The_open_stages_fold_into_a_list_the_stage_index_searches()
    {
        var plan = await ExplainAsync("""
            SELECT count(*) FROM zones.complaint t
            WHERE t.township_code = '330522125000' AND t.stage = ANY(zones.open_stages()) AND t.reported_at >= now() - interval '30 days'
            """);
        Assert.Contains("stage = ANY ('{received,registered,dispatched,disposing,feedback,verifying,shelved}'::text[])", plan);
        Assert.DoesNotContain("open_stages", plan);
    }

    // "mine" inlines to an OR of two equalities: the responsible person and unit indexes answer it.
    [Fact]
    public async Task The_mine_predicate_inlines_so_the_responsible_person_and_unit_indexes_answer_it()
    {
        var plan = await ExplainAsync("""
            SELECT count(*) FROM zones.complaint t WHERE zones.complaint_is_mine(t.responsible_person_id, t.responsible_unit_id, 7, 3)
            """);
        Assert.Contains("complaint_responsible_person_idx", plan);
        Assert.Contains("complaint_responsible_unit_idx", plan);
        Assert.DoesNotContain("complaint_is_mine", plan);
    }

    /// <summary>The plan of <paramref name="sql"/> with sequential scans off, so an index the query can use shows.</summary>
    async Task<string> ExplainAsync(string sql)
    {
        await using var conn = await Pg.DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await using (var off = new Npgsql.NpgsqlCommand("SET LOCAL enable_seqscan = off", conn, tx))
            await off.ExecuteNonQueryAsync();
        await using var cmd = new Npgsql.NpgsqlCommand($"EXPLAIN (COSTS OFF) {sql}", conn, tx);
        await using var reader = await cmd.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
            lines.Add(reader.GetString(0));
        return string.Join('\n', lines);
    }
}
