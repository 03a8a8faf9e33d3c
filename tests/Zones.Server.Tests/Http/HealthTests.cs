using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http;

[Collection(PostgisCollection.Name)]
public class HealthTests(PostgisFixture pg)
{
    [Fact]
    public async Task Map_config_has_no_online_base_map_by_default()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        var config = await app.GetJsonAsync("/map-config.json");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, config.GetProperty("baseMapUrl").ValueKind);
    }
}
