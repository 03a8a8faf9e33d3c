using Zones.Server.Data;
using Zones.Server.Http.Ogc;
using Zones.Server.Tests.Support;
using Zones.Server.Spatial;

namespace Zones.Server.Tests.Http.Ogc;

/// <summary>
/// A bbox in any CRS (Part 2 <c>bbox-crs</c>) is asked of the GiST index on <c>t.geom</c> in 4326:
/// with sequential scans disabled, the plan of FeatureStore's bbox test names the index.
/// </summary>
[Collection(PostgisCollection.Name)]
public class OgcBboxIndexTests(PostgisFixture pg)
{
    [Theory]
    [InlineData("assets", "EPSG:4549", new[] { 3435000.0, 480000, 3436000, 481000 }, "asset_geom_idx")]  // northing first
    [InlineData("roads", "EPSG:3857", new[] { 13338000.0, 3634000, 13340000, 3636000 }, "road_geom_idx")]
    [InlineData("zones", "EPSG:4490", new[] { 31.02, 119.78, 31.05, 119.82 }, "zone_geom_idx")]      // latitude first
    [InlineData("shops", "CRS84", new[] { 119.78, 31.02, 119.82, 31.05 }, "shop_geom_idx")]
    public async Task A_bbox_in_any_crs_can_be_answered_by_the_geometry_index(string collection, string crsName, double[] box, string index)
    {
        Assert.True(OgcCrs.TryParse(crsName, out var crs, out _));
        var c = FeatureCollections.Find(collection)!;
        await using var conn = await pg.DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await using (var off = new Npgsql.NpgsqlCommand("SET LOCAL enable_seqscan = off", conn, tx))
            await off.ExecuteNonQueryAsync();
        await using var explain = new Npgsql.NpgsqlCommand($"EXPLAIN SELECT t.id FROM {c.From} WHERE {c.Where} AND {FeatureStore.BboxSql(crs)}", conn, tx);
        FeatureStore.AddBbox(explain, new FeatureFilter(box) { BboxCrs = crs });
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                plan.Add(reader.GetString(0));
        Assert.Contains(plan, line => line.Contains("Index") && line.Contains(index));
    }
}
