using System.Net;
using System.Text.Json;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Ogc;

/// <summary><c>sortby</c>, <c>properties</c> and <c>skipGeometry</c> on items, checked against PostGIS.</summary>
[Collection(PostgisCollection.Name)]
public class OgcItemsSelectionTests(PostgisFixture pg) : IAsyncLifetime
{
    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    async Task<List<long>> IdsAsync(string url) =>
        (await _app.GetJsonAsync(url)).GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()).ToList();

    async Task<List<long>> SqlIdsAsync(string sql)
    {
        await using var cmd = pg.DataSource.CreateCommand(sql);
        await using var reader = await cmd.ExecuteReaderAsync();
        var ids = new List<long>();
        while (await reader.ReadAsync())
            ids.Add(reader.GetInt64(0));
        return ids;
    }

    static JsonElement FirstFeature(JsonElement page) => page.GetProperty("features")[0];

    [Fact]
    public async Task Sortby_descending_orders_as_sql_does_with_the_id_breaking_ties() =>
        Assert.Equal(await SqlIdsAsync("SELECT id FROM zones.complaint ORDER BY reported_at DESC, id"),
                     await IdsAsync("/ogc/collections/complaints/items?limit=10000&sortby=-reportedAt"));

    [Fact]
    public async Task Sortby_with_two_keys_and_a_plus_sign_sorts_by_both() =>
        Assert.Equal(await SqlIdsAsync("SELECT id FROM zones.asset WHERE retired_at IS NULL ORDER BY status, name DESC, id"),
                     await IdsAsync("/ogc/collections/assets/items?limit=10000&sortby=%2Bstatus,-name"));

    [Fact]
    public async Task Sorted_pages_followed_by_next_links_give_every_feature_once_in_order()
    {
        var ids = new List<long>();
        var url = "/ogc/collections/roads/items?limit=9&sortby=name";
        while (url is not null)
        {
            var page = await _app.GetJsonAsync(url);
            ids.AddRange(page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));
            url = page.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("rel").GetString() == "next")
                .Select(l => new Uri(l.GetProperty("href").GetString()!).PathAndQuery).FirstOrDefault();
        }
        Assert.Equal(await SqlIdsAsync("SELECT id FROM zones.road WHERE retired_at IS NULL ORDER BY name, id"), ids);
    }

    [Fact]
    public async Task Properties_returns_only_the_named_properties()
    {
        var feature = FirstFeature(await _app.GetJsonAsync("/ogc/collections/assets/items?limit=1&properties=status,name"));
        Assert.Equal(["name", "status"], feature.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Object, feature.GetProperty("geometry").ValueKind);
    }

    [Fact]
    public async Task Properties_may_name_the_reporter_of_a_case_and_an_empty_list_gives_none()
    {
        var feature = FirstFeature(await _app.GetJsonAsync("/ogc/collections/complaints/items?limit=1&properties=caseNumber,reporterName"));
        Assert.Equal(["caseNumber", "reporterName"], feature.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        var bare = FirstFeature(await _app.GetJsonAsync("/ogc/collections/complaints/items?limit=1&properties="));
        Assert.Empty(bare.GetProperty("properties").EnumerateObject());
    }

    [Fact]
    public async Task SkipGeometry_writes_a_null_geometry_for_every_feature()
    {
        var page = await _app.GetJsonAsync("/ogc/collections/zones/items?limit=50&skipGeometry=true");
        Assert.All(page.GetProperty("features").EnumerateArray(), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("geometry").ValueKind));
        Assert.Equal(JsonValueKind.String, FirstFeature(page).GetProperty("properties").GetProperty("name").ValueKind);
    }

    [Fact]
    public async Task One_item_takes_properties_and_skipGeometry_too()
    {
        var id = await pg.ScalarAsync<long>("SELECT min(id) FROM zones.road");
        var feature = await _app.GetJsonAsync($"/ogc/collections/roads/items/{id}?properties=name&skipGeometry=true");
        Assert.Equal(JsonValueKind.Null, feature.GetProperty("geometry").ValueKind);
        Assert.Equal(["name"], feature.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("/ogc/collections/assets/items?sortby=geometry", "sortables")]
    [InlineData("/ogc/collections/complaints/items?sortby=-description", "可排序的属性")]
    [InlineData("/ogc/collections/assets/items?properties=name,colour", "'colour' is not a property of assets")]
    [InlineData("/ogc/collections/assets/items?skipGeometry=yes", "true or false")]
    [InlineData("/ogc/collections/assets/items/1?skipGeometry=1", "true or false")]
    public async Task Bad_selections_get_400_with_what_to_fix(string url, string expected)
    {
        using var response = await _app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }
}
