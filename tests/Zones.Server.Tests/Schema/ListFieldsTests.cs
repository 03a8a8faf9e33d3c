using System.Text.Json;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema;

/// <summary>assets / roads / complaints list fields through the real schema, checked against SQL on the demo.</summary>
[Collection(PostgisCollection.Name)]
public class ListFieldsTests(PostgisFixture pg) : IAsyncLifetime
{
    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    async Task<JsonElement> Data(string query)
    {
        var result = await _app.ExecuteAsync(query);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    [Fact]
    public async Task Toilets_without_a_maintainer_are_found() =>
        Assert.Equal("3305220301000024", (await Data("{ assets(kind: [TOILET], withoutMaintainer: true) { edges { node { identifier } } } }"))
            .GetProperty("assets").GetProperty("edges")[0].GetProperty("node").GetProperty("identifier").GetString());

    [Fact]
    public async Task Bins_near_a_point_come_nearest_first_within_the_radius()
    {
        var edges = (await Data("""{ assets(kind: [BIN], where: {near: {lon: 119.805, lat: 31.035}, withinMeters: 400}, orderBy: DISTANCE, first: 20) { totalCount edges { distanceM } } }"""))
            .GetProperty("assets");
        var distances = edges.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("distanceM").GetDouble()).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.All(distances, d => Assert.InRange(d, 0, 400));
        Assert.Equal(await pg.ScalarAsync<long>("SELECT count(*) FROM zones.asset WHERE kind = 'bin' AND ST_DWithin(geom::geography, ST_MakePoint(119.805, 31.035)::geography, 400)"),
                     edges.GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task Open_overdue_complaints_match_the_database() =>
        Assert.Equal(await pg.ScalarAsync<long>("SELECT count(*) FROM zones.complaint WHERE deadline < least(disposed_at, now()) AND stage NOT IN ('closed','voided','shelved')"),
                     (await Data("{ complaints(overdue: true) { totalCount } }")).GetProperty("complaints").GetProperty("totalCount").GetInt64());

    [Fact]
    public async Task Complaints_inside_a_zone_carry_their_first_responsible_party()
    {
        var zoneId = await pg.ScalarAsync<long>("SELECT id FROM zones.zone WHERE level = 'township'");
        var edges = (await Data($$"""{ complaints(where: {zoneId: {{zoneId}}}, first: 5, orderBy: REPORTED_AT, descending: true) { edges { node { caseNumber firstResponsible { ... on Person { name } ... on Unit { name } } } } } }"""))
            .GetProperty("complaints").GetProperty("edges");
        Assert.Equal(5, edges.GetArrayLength());
    }

    [Fact]
    public async Task Distance_sorting_without_a_point_says_what_to_pass()
    {
        var result = await _app.ExecuteAsync("{ assets(orderBy: DISTANCE) { totalCount } }");
        Assert.Contains("where: {near", result.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Road_segments_of_a_named_road_have_lengths_and_owners()
    {
        var roads = (await Data("""{ roads(name: "河埠路") { totalCount edges { node { lengthM class owners { ownerName } } } } }""")).GetProperty("roads");
        Assert.Equal(await pg.ScalarAsync<long>("SELECT count(*) FROM zones.road WHERE name = '河埠路'"), roads.GetProperty("totalCount").GetInt64());
    }
}
