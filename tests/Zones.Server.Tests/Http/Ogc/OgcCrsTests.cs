using System.Globalization;
using System.Net;
using System.Text.Json;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Ogc;

/// <summary>
/// OGC API Features Part 2 (CRS by reference) through the real HTTP pipeline: coordinates in the
/// asked-for CRS and its axis order equal PostGIS's own ST_Transform, boxes in another CRS select
/// what PostGIS selects in that CRS. Spec: https://docs.ogc.org/is/18-058r1/18-058r1.html
/// </summary>
[Collection(PostgisCollection.Name)]
public class OgcCrsTests(PostgisFixture pg) : IAsyncLifetime
{
    const string Epsg = "http://www.opengis.net/def/crs/EPSG/0/";
    const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    static string I(FormattableString s) => FormattableString.Invariant(s);

    // Each asset's point as PostGIS writes it in the CRS, in that CRS's axis order: id → (first, second).
    async Task<Dictionary<long, (double, double)>> PostgisPointsAsync(int srid, bool swap)
    {
        var (a, b) = swap ? ("ST_Y", "ST_X") : ("ST_X", "ST_Y");
        await using var cmd = pg.DataSource.CreateCommand(I(
            $"SELECT id, {a}(p), {b}(p) FROM (SELECT id, ST_Transform(geom, {srid}) p FROM zones.asset WHERE retired_at IS NULL) x"));
        await using var r = await cmd.ExecuteReaderAsync();
        var points = new Dictionary<long, (double, double)>();
        while (await r.ReadAsync())
            points[r.GetInt64(0)] = (r.GetDouble(1), r.GetDouble(2));
        return points;
    }

    // The ids of the features on one page, with the response.
    async Task<(HttpResponseMessage Response, List<long> Ids)> IdsAsync(string url)
    {
        var response = await _app.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} → {(int)response.StatusCode}: {body}");
        var ids = JsonDocument.Parse(body).RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("id").GetInt64()).ToList();
        return (response, ids);
    }

    [Fact]
    public async Task Collections_list_every_offered_crs_and_store_in_crs84()
    {
        var assets = await _app.GetJsonAsync("/ogc/collections/assets");
        var crs = assets.GetProperty("crs").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(Crs84, crs[0]);
        Assert.Superset(new HashSet<string?> { Epsg + "4326", Epsg + "4490", Epsg + "3857", Epsg + "4491", Epsg + "4526", Epsg + "4554" }, crs.ToHashSet());
        Assert.Equal(Crs84, assets.GetProperty("storageCrs").GetString());
    }

    [Fact]
    public async Task Conformance_declares_part_2_crs() =>
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
            (await _app.GetJsonAsync("/ogc/conformance")).GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()));

    [Theory]
    [InlineData("", 4326, false, 1e-7)]                  // CRS84 by default: longitude first, 7 decimals as ever
    [InlineData("EPSG:4326", 4326, true, 1e-8)]          // latitude first
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/4490", 4490, true, 1e-8)]
    [InlineData("EPSG:3857", 3857, false, 1e-3)]         // easting first
    [InlineData("EPSG:4526", 4526, true, 1e-3)]          // 3° Gauss–Krüger zone 40 with zone prefix: northing first
    [InlineData("EPSG:4549", 4549, true, 1e-3)]          // 3° Gauss–Krüger CM 120°E: northing first
    public async Task Every_coordinate_equals_postgis_st_transform_in_the_crs_axis_order(string crs, int srid, bool swap, double tolerance)
    {
        var expected = await PostgisPointsAsync(srid, swap);
        var page = await _app.GetJsonAsync($"/ogc/collections/assets/items?limit=10000&crs={Uri.EscapeDataString(crs)}");
        var features = page.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(expected.Count, features.Count);
        foreach (var f in features)
        {
            var c = f.GetProperty("geometry").GetProperty("coordinates");
            var (first, second) = expected[f.GetProperty("id").GetInt64()];
            Assert.InRange(c[0].GetDouble() - first, -tolerance / 2, tolerance / 2);
            Assert.InRange(c[1].GetDouble() - second, -tolerance / 2, tolerance / 2);
        }
    }

    [Theory]
    [InlineData("", Crs84)]
    [InlineData("crs=EPSG:4490", Epsg + "4490")]
    [InlineData("crs=%5BEPSG%3A4526%5D", Epsg + "4526")]
    [InlineData("crs=urn:ogc:def:crs:EPSG::3857", Epsg + "3857")]
    [InlineData("crs=EPSG:4490&crs=EPSG:4490", Epsg + "4490")] // GDAL's OAPIF repeats the collection URL's query
    public async Task Items_and_item_name_their_crs_in_content_crs(string query, string uri)
    {
        var id = await pg.ScalarAsync<long>("SELECT min(id) FROM zones.zone WHERE valid_to IS NULL");
        foreach (var url in new[] { $"/ogc/collections/zones/items?limit=1&{query}", $"/ogc/collections/zones/items/{id}?{query}" })
        {
            using var response = await _app.CreateClient().GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal($"<{uri}>", Assert.Single(response.Headers.GetValues("Content-Crs")));
        }
    }

    [Fact]
    public async Task One_feature_in_a_gauss_kruger_zone_has_the_northing_first()
    {
        var id = await pg.ScalarAsync<long>("SELECT min(id) FROM zones.asset WHERE retired_at IS NULL");
        var feature = await _app.GetJsonAsync($"/ogc/collections/assets/items/{id}?crs=EPSG:4549");
        var c = feature.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(await pg.ScalarAsync<double>(I($"SELECT round(ST_Y(ST_Transform(geom, 4549))::numeric, 3)::float8 FROM zones.asset WHERE id = {id}")), c[0].GetDouble());
        Assert.Equal(await pg.ScalarAsync<double>(I($"SELECT round(ST_X(ST_Transform(geom, 4549))::numeric, 3)::float8 FROM zones.asset WHERE id = {id}")), c[1].GetDouble());
        Assert.False(feature.GetProperty("geometry").TryGetProperty("crs", out _)); // no GeoJSON 2008 crs member
    }

    [Theory]
    [InlineData(4326, true, 0.004)]
    [InlineData(4490, true, 0.004)]
    [InlineData(3857, false, 400)]
    [InlineData(4549, true, 400)]
    public async Task A_bbox_in_another_crs_selects_what_postgis_selects_in_that_crs(int srid, bool swap, double half)
    {
        var centre = I($"(SELECT ST_Transform(ST_SetSRID(ST_Centroid(ST_Extent(geom)), 4326), {srid}) FROM zones.asset)");
        var (x, y) = (await pg.ScalarAsync<double>($"SELECT ST_X({centre})"), await pg.ScalarAsync<double>($"SELECT ST_Y({centre})"));
        var envelope = I($"ST_MakeEnvelope({x - half}, {y - half}, {x + half}, {y + half}, {srid})");
        var expected = await pg.ScalarAsync<long>($"SELECT count(*) FROM zones.asset WHERE retired_at IS NULL AND ST_Intersects(ST_Transform(geom, {srid}), {envelope})");
        var box = swap ? I($"{y - half},{x - half},{y + half},{x + half}") : I($"{x - half},{y - half},{x + half},{y + half}");

        var (_, ids) = await IdsAsync($"/ogc/collections/assets/items?limit=10000&bbox={box}&bbox-crs={Epsg}{srid}");

        Assert.True(expected > 0);
        Assert.Equal(expected, ids.Count);
    }

    [Fact]
    public async Task A_latitude_first_box_in_epsg_4326_selects_the_same_features_as_the_crs84_box()
    {
        var (_, lonLat) = await IdsAsync("/ogc/collections/roads/items?limit=10000&bbox=119.78,31.02,119.82,31.05");
        var (_, latLon) = await IdsAsync("/ogc/collections/roads/items?limit=10000&bbox=31.02,119.78,31.05,119.82&bbox-crs=EPSG:4326");
        Assert.Equal(lonLat, latLon);
    }

    [Fact]
    public async Task Paging_links_keep_the_crs()
    {
        var page = await _app.GetJsonAsync("/ogc/collections/roads/items?limit=2&crs=EPSG:4549");
        var next = page.GetProperty("links").EnumerateArray().First(l => l.GetProperty("rel").GetString() == "next").GetProperty("href").GetString()!;
        Assert.Contains("crs=EPSG%3A4549", next);
    }

    [Theory]
    [InlineData("/ogc/collections/zones/items?crs=EPSG:4214", "EPSG:4490")]
    [InlineData("/ogc/collections/zones/items/1?crs=EPSG:2000", "Unsupported CRS")]
    [InlineData("/ogc/collections/zones/items?crs=GCJ02", "CGCS2000")]
    [InlineData("/ogc/collections/zones/items?crs=EPSG:4490&crs=EPSG:3857", "EPSG:4490,EPSG:3857")]
    [InlineData("/ogc/collections/zones/items?bbox=1,2,3,4&bbox-crs=EPSG:9999", "bbox-crs")]
    [InlineData("/ogc/collections/zones/items?bbox=119.8,31.0,119.9,31.1&bbox-crs=EPSG:4326", "latitude comes first")]
    [InlineData("/ogc/collections/zones/items?bbox=1e12,1e12,2e12,2e12&bbox-crs=EPSG:4549", "bbox-crs")]
    public async Task An_unusable_crs_or_box_gets_400_with_what_to_fix(string url, string expected)
    {
        using var response = await _app.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, body);
        Assert.False(response.Headers.Contains("Content-Crs"));
    }
}
