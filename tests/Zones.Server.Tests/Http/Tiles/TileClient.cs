using System.Net;
using System.Text.Json;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Tiles;

/// <summary>Plumbing shared by the tile tests: GET a tile, decode it, count rows in a tile's box by SQL.</summary>
static class TileClient
{
    /// <summary>The tile 3857 box grown by the 64/4096 buffer the server uses, in the columns' SRID.</summary>
    public static string BufferedBox(string zxy) => $"ST_Transform(ST_TileEnvelope({zxy.Replace('/', ',')}, margin => 64.0 / 4096), 4326)";

    /// <summary>The tile itself in 4326: where cluster cells count their points.</summary>
    public static string ExactBox(string zxy) => $"ST_Transform(ST_TileEnvelope({zxy.Replace('/', ',')}), 4326)";

    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var (name, value) in headers)
            request.Headers.TryAddWithoutValidation(name, value);
        return await client.SendAsync(request);
    }

    /// <summary>The features of <paramref name="layer"/> in tile <paramref name="zxy"/> (none in an empty tile); fails unless 200.</summary>
    public static async Task<List<MvtFeature>> FeaturesAsync(HttpClient client, string layer, string zxy)
    {
        using var response = await GetAsync(client, $"/tiles/{layer}/{zxy}.mvt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var layers = MvtReader.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal([layer], layers.Keys);
        return layers[layer];
    }

    /// <summary>Whether an MVT body draws anything: an empty tile holds its layer and no feature (issue #16 §4).</summary>
    public static bool HasFeatures(byte[] mvt) => MvtReader.Read(mvt).Values.Any(features => features.Count > 0);

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
