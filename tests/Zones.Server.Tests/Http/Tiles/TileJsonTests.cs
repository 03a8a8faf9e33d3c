using System.Text.Json;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Tiles;

/// <summary>TileJSON 3.0.0 per layer and the /tiles list, read as a map client reads them.</summary>
[Collection(PostgisCollection.Name)]
public class TileJsonTests(PostgisFixture pg)
{
    [Fact]
    public async Task A_layers_tilejson_has_the_required_members_and_the_demo_bounds()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        var doc = await app.GetJsonAsync("/tiles/assets.json");
        Assert.Equal("3.0.0", doc.GetProperty("tilejson").GetString());
        Assert.Equal(["http://localhost/tiles/assets/{z}/{x}/{y}.mvt"], doc.GetProperty("tiles").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal((0, 22), (doc.GetProperty("minzoom").GetInt32(), doc.GetProperty("maxzoom").GetInt32()));
        // The demo's zones span 119.7562987–119.8537451 E, 30.9993325–31.071438 N (ST_Extent); the centre is their middle.
        Near([119.7562987, 30.9993325, 119.8537451, 31.071438], doc.GetProperty("bounds"));
        Near([119.8050219, 31.0353853, 13], doc.GetProperty("center"));
        var layer = Assert.Single(doc.GetProperty("vector_layers").EnumerateArray());
        Assert.Equal("assets", layer.GetProperty("id").GetString());
        Assert.Subset(layer.GetProperty("fields").EnumerateObject().Select(f => f.Name).ToHashSet(),
                      new HashSet<string> { "identifier", "kind", "subtype", "status", "name", "count", "cluster" });
        Assert.Contains("部件", doc.GetProperty("name").GetString());
    }

    static void Near(double[] expected, JsonElement actual)
    {
        var values = actual.EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal(expected.Length, values.Length);
        for (var i = 0; i < values.Length; i++)
            Assert.Equal(expected[i], values[i], 0.000001);
    }

    [Fact]
    public async Task The_tiles_list_names_every_layer_with_its_tilejson()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        var layers = (await app.GetJsonAsync("/tiles")).GetProperty("layers").EnumerateArray().ToList();
        Assert.Equal(["zones", "roads", "assets", "complaints", "gaps", "shops"], layers.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("http://localhost/tiles/gaps.json", layers[4].GetProperty("tilejson").GetString());
    }
}
