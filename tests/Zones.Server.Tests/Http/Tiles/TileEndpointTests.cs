using System.IO.Compression;
using System.Net;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Http.Tiles.TileClient;

namespace Zones.Server.Tests.Http.Tiles;

/// <summary>
/// /tiles through the real pipeline on the demo township (桑溪镇). Tiles used: 16/54578/26820 (the
/// town centre, 82 assets), 14/13644/6706 (施家村, the village planted without an owner), 9/426/209
/// (the whole township).
/// </summary>
[Collection(PostgisCollection.Name)]
public class TileEndpointTests(PostgisFixture pg) : IAsyncLifetime
{
    ZonesApplication _app = null!;
    HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        _client = _app.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/tiles/zones/23/0/0.mvt", 400, "0 到 22")]
    [InlineData("/tiles/zones/3/8/0.mvt", 400, "0 到 7")]
    [InlineData("/tiles/zones/3/0/-1.mvt", 400, "0 到 7")]
    [InlineData("/tiles/zones/z/0/0.pbf", 400, "0 到 22")]
    [InlineData("/tiles/parks/1/0/0.mvt", 404, "zones, roads, assets, complaints, gaps")]
    [InlineData("/tiles/parks.json", 404, "zones, roads, assets, complaints, gaps")]
    [InlineData("/tiles/zones/1/0/0.png", 404, ".mvt 或 .pbf")]
    [InlineData("/tiles/zones/1/0", 404, "/tiles/{图层}/{z}/{x}/{y}.mvt")]
    public async Task A_bad_tile_address_gets_a_json_problem_naming_what_is_valid(string path, int status, string hint)
    {
        using var response = await GetAsync(_client, path);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(hint, (await ProblemAsync(response)).GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_tile_where_there_is_nothing_is_200_with_the_layer_and_no_feature_and_caches_like_any_tile()
    {
        using var response = await GetAsync(_client, "/tiles/assets/14/0/0.mvt");
        Assert.Equal((HttpStatusCode.OK, "application/vnd.mapbox-vector-tile"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        var layers = MvtReader.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(Assert.Single(layers, l => l.Key == "assets").Value);
        var cache = response.Headers.CacheControl!;
        Assert.Equal((true, TimeSpan.FromSeconds(10), true), (cache.Public, cache.MaxAge, cache.MustRevalidate));
        using var again = await GetAsync(_client, "/tiles/assets/14/0/0.mvt", ("If-None-Match", response.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task An_assets_tile_holds_every_live_asset_in_its_box_with_its_attributes()
    {
        var features = await FeaturesAsync(_client, "assets", "16/54578/26820");
        Assert.Equal(await pg.ScalarAsync<long>($"SELECT count(*) FROM zones.asset WHERE retired_at IS NULL AND ST_Intersects(geom, {BufferedBox("16/54578/26820")})"), features.Count);
        var first = features.OrderBy(f => f.Id).First();
        var row = await pg.ScalarAsync<string>($"SELECT concat_ws('|', identifier, kind, status) FROM zones.asset WHERE id = {first.Id}");
        Assert.Equal(row, $"{first["identifier"]}|{first["kind"]}|{first["status"]}");
        Assert.All(features, f => Assert.Equal(1, f.Type));
    }

    [Fact]
    public async Task A_tile_is_gzipped_when_asked_and_answers_304_to_its_own_etag()
    {
        using var plain = await GetAsync(_client, "/tiles/zones/16/54578/26820.mvt");
        using var gzipped = await GetAsync(_client, "/tiles/zones/16/54578/26820.pbf", ("Accept-Encoding", "gzip"));
        Assert.Equal("application/vnd.mapbox-vector-tile", plain.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["gzip"], gzipped.Content.Headers.ContentEncoding);
        using var unzip = new GZipStream(await gzipped.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var unzipped = new MemoryStream();
        await unzip.CopyToAsync(unzipped);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), unzipped.ToArray());
        Assert.Equal(plain.Headers.ETag, gzipped.Headers.ETag);
        Assert.True(plain.Headers.ETag!.IsWeak);
        using var again = await GetAsync(_client, "/tiles/zones/16/54578/26820.mvt", ("If-None-Match", plain.Headers.ETag.ToString()));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_zone_without_its_own_owner_shows_its_parents_owner()
    {
        var zones = await FeaturesAsync(_client, "zones", "14/13644/6706");
        var shijia = Assert.Single(zones, z => (string)z["code"]! == "330522125000116");
        Assert.Equal(("施家村", "village", "published"), (shijia["name"], shijia["level"], shijia["status"]));
        // Its primary owner ended on 2026-10-08 (data/demo/README.md); its parent 西南片区 is 田建国's.
        Assert.Equal(("田建国", "person", "18109920140"), (shijia["owner_name"], shijia["owner_kind"], shijia["owner_phone"]));
        var area = Assert.Single(zones, z => (string)z["code"]! == "330522125000005");
        Assert.Equal(shijia["owner_id"], area["owner_id"]);
        Assert.Equal((true, false), ((bool)shijia["owner_inherited"]!, (bool)area["owner_inherited"]!));
    }

    [Fact]
    public async Task The_complaints_tile_holds_only_unresolved_cases()
    {
        const string Open = "stage NOT IN ('closed', 'voided')";
        var features = await FeaturesAsync(_client, "complaints", "14/13644/6704");
        Assert.Equal(await pg.ScalarAsync<long>($"SELECT count(*) FROM zones.complaint WHERE {Open} AND ST_Intersects(geom, {BufferedBox("14/13644/6704")})"), features.Count);
        Assert.All(features, f => Assert.DoesNotContain(f["stage"], new object[] { "closed", "voided" }));
        var overdue = features.Count(f => (bool)f["overdue"]!);
        Assert.Equal(await pg.ScalarAsync<long>($"SELECT count(*) FROM zones.complaint WHERE {Open} AND deadline < least(disposed_at, now()) AND stage <> 'shelved' AND ST_Intersects(geom, {BufferedBox("14/13644/6704")})"), overdue);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$", (string)features[0]["reported_at"]!);
    }

    [Theory]
    [InlineData("assets", "retired_at IS NULL", "9/426/209", 10)]
    [InlineData("assets", "retired_at IS NULL", "12/3411/1676", 4)]
    [InlineData("complaints", "stage NOT IN ('closed', 'voided')", "9/426/209", 1)]
    public async Task Below_z14_points_come_as_grid_cells_whose_counts_add_up(string layer, string live, string zxy, int pointsPerCell)
    {
        var cells = await FeaturesAsync(_client, layer, zxy);
        var table = layer == "assets" ? "zones.asset" : "zones.complaint";
        var points = await pg.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE {live} AND ST_Intersects(geom, {ExactBox(zxy)})");
        Assert.Equal(points, cells.Sum(c => (long)c["count"]!));
        Assert.All(cells, c => Assert.Equal(true, c["cluster"]));
        Assert.True(cells.Count * pointsPerCell < points, $"{cells.Count} cells for {points} points");
    }
}
