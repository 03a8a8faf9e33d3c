using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Partitions;

/// <summary>
/// The keys stay what a database distributed by township (Citus) can enforce (docs/scale-out.md,
/// "Distribution"): read from the catalog, so a later migration that adds a key without the township
/// fails here rather than on the day the tables are distributed.
/// </summary>
[Collection(PostgisCollection.Name)]
public class DistributionKeyTests(PostgisFixture pg)
{
    // docs/scale-out.md names these distributed by township_code; the #14 tables that hang off a case
    // (photos, folded reports, notifications) join them when they exist.
    const string Distributed = """
        ARRAY['complaint', 'complaint_event', 'complaint_point', 'audit_log', 'asset', 'assignment',
              'complaint_photo', 'complaint_report', 'notification']
        """;

    async Task<string> ViolationsAsync(string sql) =>
        await pg.ScalarAsync<string>($"""
            WITH d AS (SELECT c.oid FROM pg_class c
                       WHERE c.relnamespace = 'zones'::regnamespace AND NOT c.relispartition AND c.relname = ANY({Distributed})),
                 tc AS (SELECT a.attrelid, a.attnum FROM pg_attribute a WHERE a.attname = 'township_code')
            SELECT coalesce(string_agg(x, '; ' ORDER BY x), '') FROM ({sql}) v(x)
            """);

    [Fact]
    public async Task Every_unique_index_and_exclusion_on_a_distributed_table_includes_the_township() =>
        Assert.Equal("", await ViolationsAsync("""
            SELECT i.indexrelid::regclass::text FROM pg_index i JOIN d ON d.oid = i.indrelid
            WHERE (i.indisunique OR i.indisexclusion)
              AND NOT EXISTS (SELECT 1 FROM tc WHERE tc.attrelid = i.indrelid AND tc.attnum = ANY(i.indkey))
            """));

    [Fact]
    public async Task Every_foreign_key_into_a_distributed_table_carries_the_township_on_both_sides() =>
        Assert.Equal("", await ViolationsAsync("""
            SELECT k.conrelid::regclass::text || '.' || k.conname FROM pg_constraint k JOIN d ON d.oid = k.confrelid
            WHERE k.contype = 'f' AND k.conparentid = 0
              AND NOT (EXISTS (SELECT 1 FROM tc WHERE tc.attrelid = k.conrelid AND tc.attnum = ANY(k.conkey))
                       AND EXISTS (SELECT 1 FROM tc WHERE tc.attrelid = k.confrelid AND tc.attnum = ANY(k.confkey)))
            """));

    [Fact]
    public async Task Distributed_tables_point_only_at_each_other_by_township_or_at_reference_tables() =>
        Assert.Equal("", await ViolationsAsync("""
            SELECT k.conrelid::regclass::text || '.' || k.conname FROM pg_constraint k JOIN d ON d.oid = k.conrelid
            WHERE k.contype = 'f' AND k.conparentid = 0 AND k.confrelid NOT IN (SELECT oid FROM d)
              AND (SELECT relname FROM pg_class WHERE oid = k.confrelid) NOT IN
                  ('township', 'county', 'zone', 'road', 'shop', 'place', 'person', 'unit', 'complaint_category', 'app_user')
            """));

    [Fact]
    public async Task The_large_tables_are_partitioned_by_township() =>
        Assert.Equal(5L, await pg.ScalarAsync<long>("""
            SELECT count(*) FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid
            WHERE c.relnamespace = 'zones'::regnamespace AND pg_get_partkeydef(c.oid) = 'LIST (township_code)'
              AND c.relname IN ('complaint', 'complaint_event', 'complaint_point', 'audit_log', 'asset')
            """));
}
