using System.Globalization;
using System.Text;
using Zones.Server.Data;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Transfer;
using Zones.Server.Tests.Data.Complaints;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Complaints.ComplaintKit;

namespace Zones.Server.Tests.Data.Rules;

/// <summary>
/// Issue #10 §3: intake (reportComplaint, Open311) and the CSV import route the same point to the
/// same zone and the same 首问负责 owner. Each case goes through the real services — intake once,
/// import once — marked by its external id, and the two rows are compared; the cases are deleted
/// afterwards, so the demo keeps its counts.
/// </summary>
[Collection(PostgisCollection.Name)]
public class RoutingTests(PostgisFixture pg) : IAsyncLifetime
{
    readonly ComplaintKit _kit = new(pg.DataSource);

    /// <summary>One case as a clerk or a file would give it.</summary>
    sealed record Case(string Key, double Lon, double Lat, string Kind, string Code, long? AssetId, string? AssetIdentifier,
                       DateTimeOffset ReportedAt);

    // Routes differing between the intake row and the import row of one key (and, for the demo, the
    // row the demo loader made): "key: zone/person/unit by intake | by import | by the loader".
    const string DisagreementsSql = """
        SELECT coalesce(string_agg(concat_ws(' | ', i.external_id, concat_ws('/', i.zone_id, i.first_responsible_person_id, i.first_responsible_unit_id),
                                   concat_ws('/', m.zone_id, m.first_responsible_person_id, m.first_responsible_unit_id),
                                   concat_ws('/', d.zone_id, d.first_responsible_person_id, d.first_responsible_unit_id)), E'\n'), '')
        FROM zones.complaint i
        LEFT JOIN zones.complaint m ON m.external_id = 'import:' || substr(i.external_id, 8)
        LEFT JOIN zones.complaint d ON d.id::text = substr(i.external_id, 8)
        WHERE i.external_id LIKE 'intake:%'
          AND ((i.zone_id, i.first_responsible_person_id, i.first_responsible_unit_id)
               IS DISTINCT FROM (m.zone_id, m.first_responsible_person_id, m.first_responsible_unit_id)
               OR d.id IS NOT NULL AND (i.zone_id, i.first_responsible_person_id, i.first_responsible_unit_id)
                  IS DISTINCT FROM (d.zone_id, d.first_responsible_person_id, d.first_responsible_unit_id))
        """;

    public async Task InitializeAsync()
    {
        _kit.Clock.Now = DateTimeOffset.UtcNow;
        await _kit.ExecuteAsync(ResponsibleOwnerTests.DropExtrasSql);
        await _kit.CreateTownshipAsync();
        // Every demo case reported again would join the demo's own open case (并案): routing needs a case each.
        await _kit.ExecuteAsync(Folding.OffEverywhereSql);
    }

    public async Task DisposeAsync()
    {
        await _kit.ExecuteAsync($"""
            DELETE FROM zones.complaint_report WHERE external_id LIKE 'intake:%';
            DELETE FROM zones.complaint_event e USING zones.complaint c
            WHERE e.complaint_id = c.id AND (c.external_id LIKE 'intake:%' OR c.external_id LIKE 'import:%');
            DELETE FROM zones.complaint WHERE external_id LIKE 'intake:%' OR external_id LIKE 'import:%';
            DELETE FROM zones.case_counter WHERE township_code = '{pg.TownshipCode}';
            {ResponsibleOwnerTests.DropExtrasSql}
            """);
        await _kit.DropTownshipAsync();
    }

    [Fact]
    public async Task Intake_and_import_route_every_demo_case_to_the_zone_and_owner_the_demo_loader_chose()
    {
        var cases = await DemoCasesAsync();
        await RouteAsync(pg.TownshipCode, cases);
        Assert.Equal(620, cases.Count);
        Assert.Equal("", await _kit.ScalarAsync<string>(DisagreementsSql));
    }

    // Before the rule lived in the database, import left out the asset's own owner (intake: 环卫所;
    // import: the area's leader) and routed into draft zones (import: the draft group and its owner;
    // intake: 前塘村 and its committee).
    [Fact]
    public async Task Intake_and_import_agree_on_a_bin_with_its_own_owner_and_a_point_in_a_draft_zone()
    {
        await _kit.ExecuteAsync($"""
            INSERT INTO zones.zone (id, township_code, parent_id, level, code, name, status, geom) OVERRIDING SYSTEM VALUE VALUES
              (920019, '{Township}', {QiantangVillage}, 'group', '999999002001001001', '前塘村一组（草稿）', 'draft',
               ST_GeomFromText('MULTIPOLYGON(((120.000 30.000,120.002 30.000,120.002 30.002,120.000 30.002,120.000 30.000)))', 4326));
            INSERT INTO zones.assignment (township_code, target_kind, zone_id, unit_id, role, is_primary, valid_from)
            VALUES ('{Township}', 'zone', 920019, {OtherUnit}, 'responsible_unit', true, '2020-01-01');
            """);
        var at = DateTimeOffset.UtcNow.AddHours(-1);
        await RouteAsync(Township, [new("bin", 120.0075, 30.0051, "event", "0107", BinWithOwner, "T-BIN-0002", at),
                                    new("draft", 120.001, 30.001, "event", "0102", null, null, at)]);
        Assert.Equal("", await _kit.ScalarAsync<string>(DisagreementsSql));
        Assert.Equal($"{HoutangVillage}/{SanitationUnit} {QiantangVillage}/{VillageUnit}", await _kit.ScalarAsync<string>("""
            SELECT string_agg(concat_ws('/', zone_id, first_responsible_unit_id), ' ' ORDER BY external_id)
            FROM zones.complaint WHERE external_id IN ('intake:bin', 'intake:draft')
            """));
    }

    /// <summary>Every case of the demo township as intake and import receive it; the key is the demo row's id.</summary>
    async Task<List<Case>> DemoCasesAsync()
    {
        await using var cmd = pg.DataSource.CreateCommand("""
            SELECT c.id::text, ST_X(c.geom), ST_Y(c.geom), c.category_kind, c.category_code, c.asset_id, a.identifier, c.reported_at
            FROM zones.complaint c LEFT JOIN zones.asset a ON a.id = c.asset_id
            WHERE c.township_code = $1 AND c.external_id IS NULL ORDER BY c.id
            """);
        cmd.Parameters.Add(new Npgsql.NpgsqlParameter<string> { TypedValue = pg.TownshipCode });
        await using var r = await cmd.ExecuteReaderAsync();
        var cases = new List<Case>();
        while (await r.ReadAsync())
            cases.Add(new(r.GetString(0), r.GetDouble(1), r.GetDouble(2), r.GetString(3), r.GetString(4),
                          r.IsDBNull(5) ? null : r.GetInt64(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetFieldValue<DateTimeOffset>(7)));
        return cases;
    }

    /// <summary>Reports each case through intake (external id intake:key) and imports them all as one CSV (import:key).</summary>
    async Task RouteAsync(string township, IReadOnlyList<Case> cases)
    {
        foreach (var c in cases)
        {
            var input = new ReportComplaintInput(c.Lon, c.Lat, c.Kind, c.Code, Sources.Citizen, "路由对照 routing check",
                                                 AssetId: c.AssetId, ExternalId: "intake:" + c.Key, ReportedAt: c.ReportedAt);
            var result = await _kit.Intake.ReportComplaintAsync(input, Planner, CancellationToken.None);
            Assert.True(result.Ok, string.Join("; ", result.Errors.Select(e => e.Message)));
        }
        var report = await new Importer(pg.DataSource).ImportAsync(
            new ImportRequest(TransferTarget.Complaints, township, Encoding.UTF8.GetBytes(Csv(cases))), Actor.System, CancellationToken.None);
        Assert.True(report.Succeeded, ImportReportText.Format(report));
    }

    static string Csv(IEnumerable<Case> cases)
    {
        var csv = new StringBuilder("category_kind,category,description,asset_identifier,reported_at,external_id,lon,lat\n");
        foreach (var c in cases)
            csv.Append(CultureInfo.InvariantCulture,
                $"{c.Kind},{c.Code},路由对照 routing check,{c.AssetIdentifier},{c.ReportedAt:yyyy-MM-dd HH:mm:ss.ffffffzzz},import:{c.Key},{c.Lon:R},{c.Lat:R}\n");
        return csv.ToString();
    }
}
