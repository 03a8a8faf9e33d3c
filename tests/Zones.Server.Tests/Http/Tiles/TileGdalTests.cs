using System.Text.RegularExpressions;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Tiles;

/// <summary>
/// GDAL's MVT driver, a real vector-tile client, reads our tiles over a real Kestrel socket: its
/// feature count must be what the database holds in the tile's box.
/// </summary>
[Collection(PostgisCollection.Name)]
public partial class TileGdalTests(PostgisFixture pg)
{
    [GeneratedRegex(@"Feature Count: (\d+)")]
    private static partial Regex FeatureCount();

    [Theory]
    [InlineData("assets", "zones.asset WHERE retired_at IS NULL", "16/54578/26820")]
    [InlineData("assets", "zones.asset WHERE retired_at IS NULL", "14/13644/6704")]
    [InlineData("roads", "zones.road WHERE retired_at IS NULL", "14/13644/6705")]
    public async Task Ogrinfo_counts_the_features_the_database_has_in_the_tile(string layer, string rows, string zxy)
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        app.UseKestrel(0);
        app.StartServer();
        var url = $"{app.ClientOptions.BaseAddress.ToString().TrimEnd('/')}/tiles/{layer}/{zxy}.mvt";

        var result = await ProcessRunner.RunAsync("ogrinfo", ["-ro", "-so", "--config", "GDAL_HTTP_TIMEOUT", "30", $"/vsicurl/{url}", layer], timeoutSeconds: 120);

        Assert.True(result.ExitCode == 0, $"ogrinfo failed ({result.ExitCode}): {result.Stderr}");
        // ST_Intersects, not &&: a road whose box meets the tile but whose line misses it is not drawn.
        var expected = await pg.ScalarAsync<long>($"SELECT count(*) FROM {rows} AND ST_Intersects(geom, {TileClient.BufferedBox(zxy)})");
        Assert.Equal(expected, long.Parse(FeatureCount().Match(result.Stdout).Groups[1].Value));
    }

    // Issue #16 §4: an empty tile was a 204, and GDAL answered "Unable to open datasource"; so was a 200 with zero bytes.
    [Theory]
    [InlineData("/tiles/assets/14/0/0.mvt")]
    [InlineData("/tiles/gaps/14/0/0.pbf")]
    [InlineData("/ogc/collections/roads/tiles/WebMercatorQuad/14/0/0?f=mvt")]
    [InlineData("/ogc/collections/assets/tiles/WebMercatorQuad/14/6704/13644?f=mvt")]
    public async Task Ogrinfo_opens_an_empty_tile_and_a_tile_of_the_ogc_tiles_api(string path)
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        app.UseKestrel(0);
        app.StartServer();
        var layer = path.Split('/')[path.StartsWith("/ogc") ? 3 : 2];

        var result = await ProcessRunner.RunAsync("ogrinfo", ["-ro", "-so", "--config", "GDAL_HTTP_TIMEOUT", "30",
                                                              $"/vsicurl/{app.ClientOptions.BaseAddress.ToString().TrimEnd('/')}{path}", layer], timeoutSeconds: 120);

        Assert.True(result.ExitCode == 0, $"ogrinfo failed ({result.ExitCode}): {result.Stderr}");
        var expected = path.Contains("/14/0/0") ? 0
            : await pg.ScalarAsync<long>($"SELECT count(*) FROM zones.asset WHERE retired_at IS NULL AND ST_Intersects(geom, {TileClient.BufferedBox("14/13644/6704")})");
        Assert.Equal(expected, long.Parse(FeatureCount().Match(result.Stdout).Groups[1].Value));
    }

    // GDAL 3.6.2's OGCAPI driver prefers a collection's tiles to its items, and opens no layer from our
    // WebMercatorQuad tileset (README "OGC API – Tiles"): API=ITEMS is the documented way to the features.
    [Fact]
    public async Task Gdals_OGCAPI_driver_lists_the_collections_and_opens_a_collections_features_with_API_ITEMS()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        app.UseKestrel(0);
        app.StartServer();
        var ogc = $"OGCAPI:{app.ClientOptions.BaseAddress.ToString().TrimEnd('/')}/ogc";

        var landing = await ProcessRunner.RunAsync("ogrinfo", ["-ro", "--config", "GDAL_HTTP_TIMEOUT", "30", ogc], timeoutSeconds: 120);
        var assets = await ProcessRunner.RunAsync("ogrinfo", ["-ro", "-so", "--config", "GDAL_HTTP_TIMEOUT", "30", "-oo", "API=ITEMS", $"{ogc}/collections/assets", "assets"], timeoutSeconds: 120);

        Assert.Contains($"SUBDATASET_5_NAME={ogc}/collections/shops", landing.Stdout);
        Assert.True(assets.ExitCode == 0, $"ogrinfo failed ({assets.ExitCode}): {assets.Stderr}");
        Assert.Equal(await pg.ScalarAsync<long>("SELECT count(*) FROM zones.asset WHERE retired_at IS NULL"), long.Parse(FeatureCount().Match(assets.Stdout).Groups[1].Value));
    }
}
