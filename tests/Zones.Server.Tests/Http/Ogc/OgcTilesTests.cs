using System.Net;
using System.Text.Json;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Http.Tiles.TileClient;

namespace Zones.Server.Tests.Http.Ogc;

/// <summary>
/// OGC API – Tiles under /ogc (issue #16 §4), read as GDAL's OGCAPI driver reads it: landing page →
/// collection → tilesets → tileset → tiling scheme and tile template. Tile 14/13644/6704 holds demo assets.
/// </summary>
[Collection(PostgisCollection.Name)]
public class OgcTilesTests(PostgisFixture pg) : IAsyncLifetime
{
    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    static string Link(JsonElement doc, string rel) =>
        doc.GetProperty("links").EnumerateArray().First(l => l.GetProperty("rel").GetString() == rel).GetProperty("href").GetString()!;

    static string PathOf(string href) => new Uri(href).PathAndQuery;

    [Fact]
    public async Task From_the_landing_page_a_client_reaches_each_collections_tiles_and_the_tiling_scheme()
    {
        var landing = await _app.GetJsonAsync("/ogc");
        Assert.Equal("http://localhost/ogc/tileMatrixSets", Link(landing, "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes"));
        var collections = (await _app.GetJsonAsync("/ogc/collections")).GetProperty("collections").EnumerateArray();
        Assert.All(collections, c => Assert.Equal($"http://localhost/ogc/collections/{c.GetProperty("id")}/tiles",
                                                  Link(c, "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector")));
        var sets = (await _app.GetJsonAsync("/ogc/tileMatrixSets")).GetProperty("tileMatrixSets");
        Assert.Equal("http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad", Assert.Single(sets.EnumerateArray()).GetProperty("uri").GetString());
    }

    [Fact]
    public async Task Conformance_declares_the_tiles_classes_and_tile_matrix_sets()
    {
        var classes = (await _app.GetJsonAsync("/ogc/conformance")).GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Subset(classes.ToHashSet(), new HashSet<string?>(
            new[] { "core", "tileset", "tilesets-list", "geodata-tilesets", "mvt" }.Select(c => $"http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/{c}")
            .Append("http://www.opengis.net/spec/tms/2.0/conf/json-tilematrixset")));
    }

    [Fact]
    public async Task WebMercatorQuad_has_the_xyz_pyramid_from_z0_to_z22()
    {
        var tms = await _app.GetJsonAsync("/ogc/tileMatrixSets/WebMercatorQuad");
        Assert.Equal(("WebMercatorQuad", "http://www.opengis.net/def/crs/EPSG/0/3857"), (tms.GetProperty("id").GetString(), tms.GetProperty("crs").GetString()));
        var matrices = tms.GetProperty("tileMatrices").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(0, 23).Select(z => $"{z}"), matrices.Select(m => m.GetProperty("id").GetString()));
        var z14 = matrices[14];
        Assert.Equal(2 * Math.PI * 6378137 / 256 / 16384, z14.GetProperty("cellSize").GetDouble(), 9);
        Assert.Equal((16384, 16384, -20037508.3427892), (z14.GetProperty("matrixWidth").GetInt32(), z14.GetProperty("matrixHeight").GetInt32(),
                                                          z14.GetProperty("pointOfOrigin")[0].GetDouble()));
    }

    [Fact]
    public async Task A_tileset_names_its_tiling_scheme_tile_template_limits_and_TileJSON()
    {
        var tilesets = await _app.GetJsonAsync("/ogc/collections/assets/tiles");
        var entry = Assert.Single(tilesets.GetProperty("tilesets").EnumerateArray());
        Assert.Equal("vector", entry.GetProperty("dataType").GetString());
        var tileset = await _app.GetJsonAsync(PathOf(Link(entry, "self")));
        Assert.Equal("http://localhost/ogc/tileMatrixSets/WebMercatorQuad", Link(tileset, "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme"));
        Assert.Equal("http://localhost/ogc/collections/assets/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}?f=mvt", Link(tileset, "item"));
        Assert.Equal("http://localhost/tiles/assets.json", Link(tileset, "describedby"));
        var z14 = tileset.GetProperty("tileMatrixSetLimits")[14];
        Assert.InRange(13644, z14.GetProperty("minTileCol").GetInt32(), z14.GetProperty("maxTileCol").GetInt32());
        Assert.InRange(6704, z14.GetProperty("minTileRow").GetInt32(), z14.GetProperty("maxTileRow").GetInt32());
        var box = tileset.GetProperty("boundingBox");
        var bounds = (await _app.GetJsonAsync("/tiles/assets.json")).GetProperty("bounds");
        Assert.Equal(bounds[0].GetDouble(), box.GetProperty("lowerLeft")[0].GetDouble(), 5);
        Assert.Equal("assets", Assert.Single(tileset.GetProperty("layers").EnumerateArray()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("assets", "14/6704/13644", "14/13644/6704")]
    [InlineData("zones", "16/26820/54578", "16/54578/26820")]
    [InlineData("roads", "14/0/0", "14/0/0")]
    public async Task An_ogc_tile_is_the_same_tile_with_the_same_etag_as_under_tiles(string layer, string matrixRowCol, string zxy)
    {
        var client = _app.CreateClient();
        using var ogc = await GetAsync(client, $"/ogc/collections/{layer}/tiles/WebMercatorQuad/{matrixRowCol}?f=mvt");
        using var xyz = await GetAsync(client, $"/tiles/{layer}/{zxy}.mvt");
        Assert.Equal((HttpStatusCode.OK, "application/vnd.mapbox-vector-tile"), (ogc.StatusCode, ogc.Content.Headers.ContentType?.MediaType));
        Assert.Equal(await xyz.Content.ReadAsByteArrayAsync(), await ogc.Content.ReadAsByteArrayAsync());
        Assert.Equal(xyz.Headers.ETag, ogc.Headers.ETag);
        Assert.Equal(xyz.Headers.CacheControl, ogc.Headers.CacheControl);
    }

    [Theory]
    [InlineData("/ogc/collections/parks/tiles", 404, "zones, roads, assets, complaints, shops")]
    [InlineData("/ogc/collections/assets/tiles/WorldCRS84Quad", 404, "WebMercatorQuad")]
    [InlineData("/ogc/tileMatrixSets/WorldCRS84Quad", 404, "WebMercatorQuad")]
    [InlineData("/ogc/collections/assets/tiles/WebMercatorQuad/14/6704/13644?f=png", 400, "f=mvt")]
    [InlineData("/ogc/collections/assets/tiles/WebMercatorQuad/23/0/0", 400, "0 到 22")]
    public async Task A_wrong_tiles_address_gets_a_json_error_naming_what_is_valid(string path, int status, string hint)
    {
        using var response = await GetAsync(_app.CreateClient(), path);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(hint, (await ProblemAsync(response)).GetProperty("description").GetString());
    }
}
