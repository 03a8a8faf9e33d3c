using System.Text.Json;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema;

/// <summary>Zone queries through the real schema and stores on the demo township.</summary>
[Collection(PostgisCollection.Name)]
public class ZoneQueryTests(PostgisFixture pg) : IAsyncLifetime
{
    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    static JsonElement Data(JsonElement result)
    {
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    [Fact]
    public async Task A_zone_by_code_has_its_parent_children_and_area()
    {
        var zone = Data(await _app.ExecuteAsync("""{ zone(code: "330522125000004") { name level parent { level } children { code } areaM2 } }""")).GetProperty("zone");
        Assert.Equal("AREA", zone.GetProperty("level").GetString());
        Assert.Equal("TOWNSHIP", zone.GetProperty("parent").GetProperty("level").GetString());
        Assert.Equal(await pg.ScalarAsync<long>("SELECT count(*) FROM zones.zone c JOIN zones.zone p ON c.parent_id = p.id WHERE p.code = '330522125000004'"),
                     zone.GetProperty("children").GetArrayLength());
    }

    [Fact]
    public async Task Zones_list_pages_with_a_total_count()
    {
        var zones = Data(await _app.ExecuteAsync("{ zones(level: VILLAGE, first: 5) { totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }")).GetProperty("zones");
        Assert.Equal(await pg.ScalarAsync<long>("SELECT count(*) FROM zones.zone WHERE level = 'village'"), zones.GetProperty("totalCount").GetInt64());
        Assert.Equal(5, zones.GetProperty("edges").GetArrayLength());
        Assert.True(zones.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Zones_at_a_point_answer_with_the_responsible_owner_falling_back_up_the_tree()
    {
        // 施家村 has no owner of its own (planted): its 片区's leader answers (属地兜底).
        var point = await pg.ScalarAsync<string>("SELECT ST_X(p) || ',' || ST_Y(p) FROM (SELECT ST_PointOnSurface(geom) p FROM zones.zone WHERE name = '施家村') x");
        var (lon, lat) = (point.Split(',')[0], point.Split(',')[1]);
        var zones = Data(await _app.ExecuteAsync($$"""{ zonesAt(point: {lon: {{lon}}, lat: {{lat}}}) { name responsibleOwner { ownerName targetName } } }""")).GetProperty("zonesAt");
        Assert.Equal("施家村", zones[0].GetProperty("name").GetString());
        Assert.NotEqual("施家村", zones[0].GetProperty("responsibleOwner").GetProperty("targetName").GetString());
    }

    [Fact]
    public async Task A_point_given_in_a_gauss_krueger_zone_finds_the_same_zones()
    {
        var wgs = Data(await _app.ExecuteAsync("{ zonesAt(point: {lon: 119.805, lat: 31.035}) { code } }")).GetProperty("zonesAt").ToString();
        var gk = Data(await _app.ExecuteAsync("""{ zonesAt(point: {lon: 40481383.457, lat: 3434871.098}, crs: "EPSG:4528") { code } }""")).GetProperty("zonesAt").ToString();
        Assert.Equal(wgs, gk);
    }

    [Fact]
    public async Task An_unknown_crs_is_a_field_error_listing_what_is_accepted()
    {
        var result = await _app.ExecuteAsync("""{ zonesAt(point: {lon: 1, lat: 2}, crs: "EPSG:9999") { code } }""");
        Assert.Contains("EPSG:9999", result.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Zones_touching_a_box_are_those_PostGIS_finds()
    {
        var zones = Data(await _app.ExecuteAsync("{ zones(where: {bbox: {minLon: 119.80, minLat: 31.03, maxLon: 119.81, maxLat: 31.04}}) { totalCount } }")).GetProperty("zones");
        Assert.Equal(await pg.ScalarAsync<long>("SELECT count(*) FROM zones.zone WHERE valid_to IS NULL AND ST_Intersects(geom, ST_MakeEnvelope(119.80, 31.03, 119.81, 31.04, 4326))"),
                     zones.GetProperty("totalCount").GetInt64());
    }
}
