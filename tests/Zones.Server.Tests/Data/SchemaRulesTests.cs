using Npgsql;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data;

/// <summary>
/// Rules the database itself guarantees (shared/DESIGN.md): 责任主体唯一, zone history, valid
/// geometry, 首问负责. Each test works inside a transaction it rolls back, so the demo stays intact.
/// </summary>
[Collection(PostgisCollection.Name)]
public class SchemaRulesTests(PostgisFixture pg)
{
    const string Setup = """
        INSERT INTO zones.township VALUES ('999999001000', '999999', '规则测试镇');
        INSERT INTO zones.zone (id, township_code, level, code, name, geom) OVERRIDING SYSTEM VALUE VALUES
          (900001, '999999001000', 'township', '999999001000', '规则测试镇',
           'SRID=4326;MULTIPOLYGON(((120 30,120.01 30,120.01 30.01,120 30.01,120 30)))');
        INSERT INTO zones.unit (id, township_code, code, name, kind) OVERRIDING SYSTEM VALUE VALUES
          (900001, '999999001000', 'A', '城管办', 'department'), (900002, '999999001000', 'B', '环卫所', 'department');
        """;

    async Task<PostgresException?> RunAsync(string sql)
    {
        await using var conn = await pg.DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        try
        {
            await using var cmd = new NpgsqlCommand(Setup + sql, conn, tx);
            await cmd.ExecuteNonQueryAsync();
            return null;
        }
        catch (PostgresException e)
        {
            return e;
        }
        finally
        {
            await tx.RollbackAsync();
        }
    }

    static string Primary(string unit, string from, string? to) => $"""
        INSERT INTO zones.assignment (township_code, target_kind, zone_id, unit_id, role, is_primary, valid_from, valid_to)
        VALUES ('999999001000', 'zone', 900001, {unit}, 'leader', true, '{from}', {(to is null ? "NULL" : $"'{to}'")});
        """;

    [Fact]
    public async Task Two_active_primary_owners_of_one_zone_are_refused() =>
        Assert.Equal("assignment_one_primary_per_target",
            (await RunAsync(Primary("900001", "2026-01-01", null) + Primary("900002", "2026-03-01", null)))?.ConstraintName);

    [Fact]
    public async Task A_handover_closing_one_primary_as_the_next_opens_is_accepted() =>
        Assert.Null(await RunAsync(Primary("900001", "2026-01-01", "2026-03-01") + Primary("900002", "2026-03-01", null)));

    [Fact]
    public async Task Primary_owners_overlapping_in_the_past_are_refused_too() =>
        Assert.NotNull(await RunAsync(Primary("900001", "2025-01-01", "2025-06-01") + Primary("900002", "2025-05-01", "2025-09-01")));

    [Fact]
    public async Task A_self_intersecting_zone_is_refused() =>
        Assert.Equal("23514", (await RunAsync("""
            INSERT INTO zones.zone (township_code, level, code, name, geom) VALUES ('999999001000', 'area',
              '999999001000001', '蝴蝶', 'SRID=4326;MULTIPOLYGON(((120 30,120.01 30.01,120.01 30,120 30.01,120 30)))');
            """))?.SqlState);

    [Fact]
    public async Task Updating_a_zone_keeps_the_old_version_in_history()
    {
        var error = await RunAsync("""
            UPDATE zones.zone SET name = '新名字' WHERE id = 900001;
            DO $$ BEGIN
              IF (SELECT version FROM zones.zone WHERE id = 900001) <> 2
                 OR (SELECT name FROM zones.zone_history WHERE zone_id = 900001 AND version = 1) <> '规则测试镇'
              THEN RAISE EXCEPTION 'history not kept' USING ERRCODE = 'P0001'; END IF;
            END $$;
            """);
        Assert.Null(error);
    }

    [Fact]
    public async Task The_first_responsible_party_of_a_complaint_never_changes() =>
        Assert.Contains("首问负责", (await RunAsync("""
            INSERT INTO zones.complaint (township_code, case_number, geom, category_kind, category_code, source,
              description, first_responsible_unit_id, responsible_unit_id)
            VALUES ('999999001000', 'E0102202611200001', 'SRID=4326;POINT(120.005 30.005)', 'event', '0102',
                    'citizen', '路边有暴露垃圾', 900001, 900001);
            UPDATE zones.complaint SET first_responsible_unit_id = 900002 WHERE case_number = 'E0102202611200001';
            """))?.MessageText);

    [Fact]
    public async Task Every_change_to_an_asset_is_in_the_audit_log_with_its_actor() =>
        Assert.Null(await RunAsync("""
            SET LOCAL zones.actor = 'tester';
            INSERT INTO zones.asset (township_code, kind, class_code, identifier, geom)
            VALUES ('999999001000', 'bin', '0305', '9999990305000001', 'SRID=4326;POINT(120.005 30.005)');
            UPDATE zones.asset SET status = 'damaged' WHERE identifier = '9999990305000001';
            DO $$ BEGIN
              IF (SELECT count(*) FROM zones.audit_log WHERE table_name = 'asset' AND actor = 'tester'
                    AND township_code = '999999001000') <> 2
              THEN RAISE EXCEPTION 'audit missing' USING ERRCODE = 'P0001'; END IF;
            END $$;
            """));

    // Sessions and sign-in failures (0011) are sign-in state of the installation, found by token or
    // by user name / address and never by township, like the migration log. Counties (0013) are the
    // level above townships: a county's code is the first 6 digits of its townships'. Road nodes (0016,
    // issue #12) are junctions of the one road graph: a road crossing into the neighbour township shares
    // its node, so a node belongs to no single township (its segments do). A user's external map layers
    // (0020, issue #13) are a personal view setting found by the user, like the user's sessions. The report
    // page's rate-limit counts (0030, issue #14) are per client address or phone across the installation, like
    // sign-in failures, counted before anyone knows the township. The sign-in key ring (0031, issue #15) is one
    // for the whole installation, shared by every server instance.
    [Fact]
    public async Task Every_table_carries_the_township_division_code() =>
        Assert.Equal(0L, await pg.ScalarAsync<long>("""
            SELECT count(*) FROM information_schema.tables t
            WHERE t.table_schema = 'zones' AND t.table_type = 'BASE TABLE'
              AND t.table_name NOT IN ('schema_migrations', 'app_session', 'sign_in_failure', 'county', 'road_node', 'user_map_layer', 'report_attempt',
                                   'data_protection_key')
              AND NOT EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'zones'
                              AND c.table_name = t.table_name AND c.column_name IN ('township_code', 'division_code'))
            """));

    [Fact]
    public async Task Every_geometry_column_is_typed_and_indexed() =>
        Assert.Equal(0L, await pg.ScalarAsync<long>("""
            SELECT count(*) FROM geometry_columns g
            WHERE g.f_table_schema = 'zones' AND (g.srid <> 4326 OR g.type = 'GEOMETRY' OR NOT EXISTS (
              SELECT 1 FROM pg_indexes i WHERE i.schemaname = 'zones' AND i.tablename = g.f_table_name
                AND i.indexdef LIKE '%USING gist (' || g.f_geometry_column || ')%'))
            """));
}
