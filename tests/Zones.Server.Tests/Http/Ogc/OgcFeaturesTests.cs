using System.Net;
using System.Text.Json;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Ogc;

/// <summary>OGC API Features (Core + GeoJSON) through the real HTTP pipeline, counts checked against PostGIS.</summary>
[Collection(PostgisCollection.Name)]
public class OgcFeaturesTests(PostgisFixture pg) : IAsyncLifetime
{
    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    static IEnumerable<string> Rels(JsonElement doc) =>
        doc.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("rel").GetString()!);

    static string Link(JsonElement doc, string rel) =>
        doc.GetProperty("links").EnumerateArray().First(l => l.GetProperty("rel").GetString() == rel).GetProperty("href").GetString()!;

    [Fact]
    public async Task The_landing_page_links_the_api_definition_conformance_and_data() =>
        Assert.Superset(new HashSet<string> { "self", "service-desc", "conformance", "data" },
                        Rels(await _app.GetJsonAsync("/ogc")).ToHashSet());

    [Fact]
    public async Task Conformance_declares_core_and_geojson()
    {
        var classes = (await _app.GetJsonAsync("/ogc/conformance")).GetProperty("conformsTo")
            .EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson", classes);
    }

    [Fact]
    public async Task The_five_collections_are_listed_with_the_extent_of_their_data()
    {
        var collections = (await _app.GetJsonAsync("/ogc/collections")).GetProperty("collections").EnumerateArray().ToList();
        Assert.Equal(["zones", "roads", "assets", "complaints", "shops"], collections.Select(c => c.GetProperty("id").GetString()));
        var box = collections[0].GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0];
        Assert.Equal(await pg.ScalarAsync<double>("SELECT ST_XMin(ST_Extent(geom)) FROM zones.zone"), box[0].GetDouble(), 6);
    }

    [Theory]
    [InlineData("zones", "SELECT count(*) FROM zones.zone WHERE valid_to IS NULL")]
    [InlineData("roads", "SELECT count(*) FROM zones.road WHERE retired_at IS NULL")]
    [InlineData("assets", "SELECT count(*) FROM zones.asset WHERE retired_at IS NULL")]
    [InlineData("complaints", "SELECT count(*) FROM zones.complaint")]
    [InlineData("shops", "SELECT count(*) FROM zones.shop WHERE retired_at IS NULL")]
    public async Task Items_report_as_many_features_as_the_database_holds(string id, string countSql)
    {
        var page = await _app.GetJsonAsync($"/ogc/collections/{id}/items?limit=10000");
        var expected = await pg.ScalarAsync<long>(countSql);
        Assert.Equal(expected, page.GetProperty("numberMatched").GetInt64());
        Assert.Equal(expected, page.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task Pages_follow_next_links_without_repeating_a_feature()
    {
        var ids = new List<long>();
        var url = "/ogc/collections/roads/items?limit=7";
        while (url is not null)
        {
            var page = await _app.GetJsonAsync(url);
            ids.AddRange(page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));
            url = Rels(page).Contains("next") ? new Uri(Link(page, "next")).PathAndQuery : null;
        }
        Assert.Equal(await pg.ScalarAsync<long>("SELECT count(*) FROM zones.road"), ids.Distinct().Count());
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_bbox_returns_exactly_the_features_that_intersect_it()
    {
        var (minx, miny) = (await pg.ScalarAsync<double>("SELECT ST_X(ST_Centroid(ST_Extent(geom))) FROM zones.asset"),
                            await pg.ScalarAsync<double>("SELECT ST_Y(ST_Centroid(ST_Extent(geom))) FROM zones.asset"));
        FormattableString box = $"{minx},{miny},{minx + 0.01},{miny + 0.01}";
        var page = await _app.GetJsonAsync($"/ogc/collections/assets/items?limit=10000&bbox={FormattableString.Invariant(box)}");
        var expected = await pg.ScalarAsync<long>(FormattableString.Invariant(
            $"SELECT count(*) FROM zones.asset WHERE ST_Intersects(geom, ST_MakeEnvelope({box}, 4326))"));
        Assert.True(expected > 0);
        Assert.Equal(expected, page.GetProperty("numberReturned").GetInt64());
    }

    [Fact]
    public async Task A_datetime_interval_filters_complaints_by_report_time()
    {
        var page = await _app.GetJsonAsync("/ogc/collections/complaints/items?limit=1&datetime=../" +
                                           DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        var expected = await pg.ScalarAsync<long>("SELECT count(*) FROM zones.complaint WHERE reported_at <= now() - interval '30 days'");
        Assert.InRange(page.GetProperty("numberMatched").GetInt64(), expected - 2, expected + 2); // seconds pass between the two
    }

    [Fact]
    public async Task One_feature_is_served_as_geojson_with_its_properties()
    {
        var id = await pg.ScalarAsync<long>("SELECT min(id) FROM zones.zone");
        using var response = await _app.CreateClient().GetAsync($"/ogc/collections/zones/items/{id}");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var feature = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Equal("MultiPolygon", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(await pg.ScalarAsync<string>($"SELECT name FROM zones.zone WHERE id = {id}"),
                     feature.GetProperty("properties").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/ogc/collections/zones/items?limit=0", "limit")]
    [InlineData("/ogc/collections/zones/items?bbox=1,2,3", "4 numbers")]
    [InlineData("/ogc/collections/zones/items?bbox=30,120,31,121", "longitude first")]
    [InlineData("/ogc/collections/zones/items?bbox=a,2,3,4", "not a number")]
    [InlineData("/ogc/collections/zones/items?datetime=yesterday", "RFC 3339")]
    [InlineData("/ogc/collections/zones/items?colour=red", "Unknown query parameter 'colour'")]
    [InlineData("/ogc/collections/zones/items?f=xml", "f=json or f=html")]
    public async Task Bad_parameters_get_400_with_what_to_fix(string url, string expected)
    {
        using var response = await _app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/ogc/collections/parks")]
    [InlineData("/ogc/collections/parks/items")]
    [InlineData("/ogc/collections/zones/items/999999999")]
    [InlineData("/ogc/collections/zones/items/abc")]
    public async Task Unknown_collections_and_features_get_404(string url)
    {
        using var response = await _app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NOT_FOUND", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }
}
