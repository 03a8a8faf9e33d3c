using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema;

/// <summary>An ID that is not a number is an error naming the argument and the value, never a dropped filter (issue #10 §6).</summary>
[Collection(PostgisCollection.Name)]
public class IdArgumentTests(PostgisFixture pg)
{
    static string Message(string name, string value) => $"{name} \"{value}\" is not a valid ID: Zones ids are numbers such as \"12\".";

    async Task<string?> ErrorAsync(string query)
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        var result = await app.ExecuteAsync(query);
        Assert.True(result.TryGetProperty("errors", out var errors), $"no error for {query}: {result}");
        return errors[0].GetProperty("message").GetString();
    }

    [Theory]
    [InlineData("""{ assets(where: {zoneId: "x"}) { totalCount } }""", "zoneId", "x")]
    [InlineData("""{ complaints(zoneId: "abc") { totalCount } }""", "zoneId", "abc")]
    [InlineData("""{ zones(parentId: "1; DROP") { totalCount } }""", "parentId", "1; DROP")]
    [InlineData("""{ assets(maintainerId: "-") { totalCount } }""", "maintainerId", "-")]
    [InlineData("""{ people(unitId: "u1") { id } }""", "unitId", "u1")]
    [InlineData("""{ assignments(targetKind: ZONE, targetId: "z") { id } }""", "targetId", "z")]
    [InlineData("""{ coverageGaps(zoneId: "1.5") { kind } }""", "zoneId", "1.5")]
    public async Task A_filter_id_that_is_not_a_number_is_an_error(string query, string name, string value) =>
        Assert.Equal(Message(name, value), await ErrorAsync(query));

    [Theory]
    [InlineData("""{ zone(id: "x") { id } }""")]
    [InlineData("""{ asset(id: "x") { id } }""")]
    [InlineData("""{ road(id: "x") { id } }""")]
    [InlineData("""{ complaint(id: "x") { id } }""")]
    public async Task A_single_item_id_that_is_not_a_number_is_an_error(string query) =>
        Assert.Equal(Message("id", "x"), await ErrorAsync(query));

    [Fact]
    public async Task A_numeric_id_given_as_a_string_still_filters()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        var zoneId = await pg.ScalarAsync<long>("SELECT id FROM zones.zone WHERE level = 'village' ORDER BY id LIMIT 1");
        var all = await app.ExecuteAsync("{ assets { totalCount } }");
        var inZone = await app.ExecuteAsync($$"""{ assets(where: {zoneId: "{{zoneId}}"}) { totalCount } }""");
        Assert.True(Total(inZone) < Total(all), inZone.ToString());
    }

    static long Total(System.Text.Json.JsonElement r) => r.GetProperty("data").GetProperty("assets").GetProperty("totalCount").GetInt64();
}
