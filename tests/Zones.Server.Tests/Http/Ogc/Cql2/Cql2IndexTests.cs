using Zones.Server.Data;
using Zones.Server.Http.Ogc;
using Zones.Server.Http.Ogc.Cql2;
using Zones.Server.Tests.Support;
using Zones.Server.Spatial;

namespace Zones.Server.Tests.Http.Ogc.Cql2;

/// <summary>
/// Spatial filters compare <c>t.geom</c> with a constant in SRID 4326, so PostgreSQL can answer them
/// from the GiST indexes: with sequential scans disabled, the plan names the index.
/// </summary>
[Collection(PostgisCollection.Name)]
public class Cql2IndexTests(PostgisFixture pg)
{
    [Theory]
    [InlineData("assets", "S_INTERSECTS(geometry, BBOX(3432000, 40479000, 3436000, 40483000))", "EPSG:4528", "asset_geom_idx")]
    [InlineData("roads", "S_WITHIN(geometry, BBOX(31.01, 119.78, 31.05, 119.82))", "EPSG:4326", "road_geom_idx")]
    [InlineData("zones", "S_DWITHIN(geometry, POINT(119.80 31.03), 500)", null, "zone_geom_idx")]
    [InlineData("shops", "S_DWITHIN(geometry, POINT(119.80 31.03), 500)", null, "shop_geom_idx")]
    [InlineData("complaints", "S_DWITHIN(geometry, POINT(119.80 31.03), 500) AND stage = '结案'", null, "complaint_")]
    public async Task A_spatial_filter_can_be_answered_by_the_geometry_index(string collection, string filter, string? crsName, string index)
    {
        Assert.True(OgcCrs.TryParse(crsName, out var crs, out _));
        var c = FeatureCollections.Find(collection)!;
        var compiled = Cql2Sql.Compile(Cql2Parser.Parse(filter, null), c, crs, 1);
        await using var conn = await pg.DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await using (var off = new Npgsql.NpgsqlCommand("SET LOCAL enable_seqscan = off", conn, tx))
            await off.ExecuteNonQueryAsync();
        await using var explain = new Npgsql.NpgsqlCommand($"EXPLAIN SELECT t.id FROM {c.From} WHERE {c.Where} AND ({compiled.Sql})", conn, tx);
        foreach (var p in compiled.Parameters)
            explain.Parameters.Add(p.Clone());
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                plan.Add(reader.GetString(0));
        Assert.Contains(plan, line => line.Contains("Index") && line.Contains(index));
        Assert.DoesNotContain(plan, line => line.Contains($"Seq Scan on {c.From.Split(' ')[0].Split('.')[1]} t"));
    }
}
