using System.Net;
using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Ogc;

/// <summary>/queryables and /sortables (OGC API – Features Part 3): JSON Schemas of what filters and sortby accept.</summary>
[Collection(PostgisCollection.Name)]
public class OgcQueryablesTests(PostgisFixture pg) : IAsyncLifetime
{
    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    static JsonElement Property(JsonElement schema, string name) => schema.GetProperty("properties").GetProperty(name);

    static IEnumerable<string> Names(JsonElement schema) => schema.GetProperty("properties").EnumerateObject().Select(p => p.Name);

    [Fact]
    public async Task Queryables_are_a_closed_json_schema_served_as_schema_json()
    {
        using var response = await _app.CreateClient().GetAsync("/ogc/collections/assets/queryables");
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
        var schema = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        Assert.EndsWith("/ogc/collections/assets/queryables", schema.GetProperty("$id").GetString());
        Assert.Equal("object", schema.GetProperty("type").GetString());
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public async Task A_coded_queryable_lists_its_codes_with_their_chinese_labels()
    {
        var status = Property(await _app.GetJsonAsync("/ogc/collections/assets/queryables"), "status");
        Assert.Equal(["good", "damaged", "unlit", "lost", "abandoned"], status.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(status.GetProperty("oneOf").EnumerateArray(),
            o => o.GetProperty("const").GetString() == "damaged" && o.GetProperty("title").GetString() == "损坏");
    }

    [Fact]
    public async Task Geometry_dates_and_times_carry_their_formats()
    {
        var schema = await _app.GetJsonAsync("/ogc/collections/assets/queryables");
        Assert.Equal("geometry-point", Property(schema, "geometry").GetProperty("format").GetString());
        Assert.Equal("primary-geometry", Property(schema, "geometry").GetProperty("x-ogc-role").GetString());
        Assert.Equal("date", Property(schema, "installDate").GetProperty("format").GetString());
        Assert.Equal("date-time", Property(schema, "statusSince").GetProperty("format").GetString());
        Assert.Equal("geometry-multipolygon", Property(await _app.GetJsonAsync("/ogc/collections/zones/queryables"), "geometry").GetProperty("format").GetString());
    }

    [Theory]
    [InlineData("zones")]
    [InlineData("roads")]
    [InlineData("assets")]
    [InlineData("complaints")]
    [InlineData("shops")]
    public async Task Every_queryable_but_the_geometry_is_a_property_the_features_carry(string id)
    {
        var names = Names(await _app.GetJsonAsync($"/ogc/collections/{id}/queryables")).ToList();
        Assert.Contains("geometry", names);
        Assert.Subset(FeatureProperties.Names(FeatureCollections.Find(id)!).ToHashSet(), names.Where(n => n != "geometry").ToHashSet());
    }

    [Fact]
    public async Task Sortables_leave_out_the_geometry_and_long_texts()
    {
        var names = Names(await _app.GetJsonAsync("/ogc/collections/complaints/sortables")).ToList();
        Assert.Contains("reportedAt", names);
        Assert.DoesNotContain("geometry", names);
        Assert.DoesNotContain("description", names);
    }

    [Fact]
    public async Task A_collection_links_its_queryables_and_sortables()
    {
        var rels = (await _app.GetJsonAsync("/ogc/collections/roads")).GetProperty("links").EnumerateArray()
            .ToDictionary(l => l.GetProperty("rel").GetString()!, l => l.GetProperty("href").GetString()!);
        Assert.EndsWith("/ogc/collections/roads/queryables", rels["http://www.opengis.net/def/rel/ogc/1.0/queryables"]);
        Assert.EndsWith("/ogc/collections/roads/sortables", rels["http://www.opengis.net/def/rel/ogc/1.0/sortables"]);
    }

    [Fact]
    public async Task Conformance_declares_queryables_and_filtering_of_part_3()
    {
        var classes = (await _app.GetJsonAsync("/ogc/conformance")).GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Subset(classes.ToHashSet(), new[] { "queryables", "queryables-query-parameters", "filter", "features-filter" }
            .Select(c => (string?)$"http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/{c}").ToHashSet());
    }

    [Theory]
    [InlineData("/ogc/collections/parks/queryables")]
    [InlineData("/ogc/collections/parks/sortables")]
    public async Task An_unknown_collection_has_no_queryables(string url)
    {
        using var response = await _app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
