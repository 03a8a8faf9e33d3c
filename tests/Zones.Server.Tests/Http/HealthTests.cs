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

    // One datum for a phone browser's position, read by the report page and the field view alike.
    [Fact]
    public async Task Map_config_says_phone_positions_are_GCJ02_unless_configured()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        Assert.Equal("GCJ02", (await app.GetJsonAsync("/map-config.json")).GetProperty("phonePositionCrs").GetString());
        await using var wgs = app.WithWebHostBuilder(b => b.UseSetting("Zones:Map:PhonePositionCrs", "wgs84"));
        var body = await (await wgs.CreateClient().GetAsync("/map-config.json")).Content.ReadAsStringAsync();
        Assert.Equal("WGS84", System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("phonePositionCrs").GetString());
    }

    [Fact]
    public async Task A_wrong_phone_position_datum_stops_the_server_with_the_setting_name()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        await using var wrong = app.WithWebHostBuilder(b => b.UseSetting("Zones:Map:PhonePositionCrs", "BD09"));
        var error = Assert.ThrowsAny<Exception>(() => wrong.CreateClient());
        Assert.Contains("Zones:Map:PhonePositionCrs", error.ToString());
    }
}
