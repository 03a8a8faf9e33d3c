using Npgsql;
using Zones.Server.Data;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Ogc.Cql2;

/// <summary>What the CQL2 tests ask PostGIS: the ids a WHERE selects, and the row count of every table.</summary>
static class Cql2Database
{
    /// <summary>Ids of the live features of <paramref name="c"/> where <paramref name="where"/> holds, in id order.</summary>
    public static async Task<List<long>> IdsAsync(this PostgisFixture pg, FeatureCollection c, string where, IReadOnlyList<NpgsqlParameter>? parameters = null)
    {
        await using var cmd = pg.DataSource.CreateCommand($"SELECT t.id FROM {c.From} WHERE {c.Where} AND ({where}) ORDER BY t.id");
        foreach (var p in parameters ?? [])
            cmd.Parameters.Add(p.Clone());
        var ids = new List<long>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <summary>"zones.asset=2310,…": the rows of every table of the schema, to show that nothing changed.</summary>
    public static Task<string> RowCountsAsync(this PostgisFixture pg) => pg.ScalarAsync<string>("""
        SELECT string_agg(format('%s=%s', t, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %s', t), false, true, '')))[1]), ',' ORDER BY t)
        FROM (SELECT format('%I.%I', schemaname, tablename) t FROM pg_tables WHERE schemaname = 'zones') x
        """);
}
