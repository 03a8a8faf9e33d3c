using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zones.Server.Http.Ogc;
using Zones.Server.Tests.Support;
using Zones.Server.Spatial;

namespace Zones.Server.Tests.Http.Ogc;

/// <summary>
/// The OpenAPI document at /ogc/api (issue #16 §3): two standard validators accept it, and it tells
/// the truth — every path it lists answers, every parameter it lists is accepted with its example
/// and each of its allowed values, every parameter the items endpoint accepts is listed.
/// </summary>
[Collection(PostgisCollection.Name)]
public class OgcApiDefinitionTests(PostgisFixture pg) : IAsyncLifetime
{
    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    static readonly string ValidatorFolder = Path.Combine(PostgisFixture.RepositoryRoot, "tests", "Zones.GraphQL.Http");

    async Task<JsonObject> DefinitionAsync() => JsonNode.Parse((await _app.GetJsonAsync("/ogc/api")).GetRawText())!.AsObject();

    // Each GET of the document: its path (with the server's base) and the query parameter objects, $refs resolved.
    static IEnumerable<(string Path, JsonObject Get, List<JsonObject> Parameters)> Operations(JsonObject doc) =>
        doc["paths"]!.AsObject().Select(p => (p.Key, p.Value!["get"]!.AsObject(),
            p.Value!["get"]!["parameters"]!.AsArray().Select(x => Resolve(doc, x!)).ToList()));

    static JsonObject Resolve(JsonObject doc, JsonNode parameter) => parameter["$ref"] is { } r
        ? doc["components"]!["parameters"]![r.GetValue<string>().Split('/')[^1]]!.AsObject()
        : parameter.AsObject();

    // A value as a query string writes it: arrays comma-separated (style form, explode false).
    static string QueryValue(JsonNode value) => value is JsonArray a
        ? string.Join(',', a.Select(v => QueryValue(v!)))
        : value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.ToJsonString() : value.ToString();

    // The path with real values: the first feature's id for {featureId}, the documented example elsewhere.
    async Task<string> ConcreteAsync(string path, List<JsonObject> parameters)
    {
        foreach (var p in parameters.Where(p => p["in"]!.GetValue<string>() == "path" && p["name"]!.GetValue<string>() != "featureId"))
            path = path.Replace($"{{{p["name"]}}}", QueryValue(p["example"]!));
        if (!path.Contains("{featureId}"))
            return "/ogc" + (path == "/" ? "" : path);
        var items = path[..path.IndexOf("/{featureId}", StringComparison.Ordinal)];
        var first = (await _app.GetJsonAsync($"/ogc{items}?limit=1")).GetProperty("features")[0].GetProperty("id");
        return "/ogc" + path.Replace("{featureId}", first.ToString());
    }

    async Task<HttpResponseMessage> GetAsync(string url) => await _app.CreateClient().GetAsync(url);

    [Fact]
    public async Task Two_standard_OpenAPI_validators_accept_the_document()
    {
        Assert.True(Directory.Exists(Path.Combine(ValidatorFolder, "node_modules", "@seriousme")),
                    $"The validators are not installed: run `npm ci` in {ValidatorFolder} (scripts/test.sh does).");
        var file = Path.Combine(Path.GetTempPath(), $"zones-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, (await DefinitionAsync()).ToJsonString());
        var result = await ProcessRunner.RunAsync("node", [Path.Combine(ValidatorFolder, "openapi.mjs"), file]);
        File.Delete(file);
        Assert.True(result.ExitCode == 0, $"OpenAPI validation failed:\n{result.Stdout}{result.Stderr}");
        Assert.StartsWith("valid (OpenAPI 3.0", result.Stdout);
    }

    [Fact]
    public async Task Every_path_answers_200_with_a_documented_media_type()
    {
        foreach (var (path, get, parameters) in Operations(await DefinitionAsync()))
        {
            var url = await ConcreteAsync(path, parameters);
            using var response = await GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            var documented = get["responses"]!["200"]!["content"]!.AsObject().Select(c => c.Key.Split(';')[0]);
            Assert.Contains(response.Content.Headers.ContentType!.MediaType, documented);
        }
    }

    [Fact]
    public async Task A_feature_path_with_an_unknown_id_answers_the_documented_404()
    {
        foreach (var (path, get, _) in Operations(await DefinitionAsync()).Where(o => o.Path.EndsWith("{featureId}")))
        {
            using var response = await GetAsync("/ogc" + path.Replace("{featureId}", "987654321"));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.NotNull(get["responses"]!["404"]);
            Assert.Equal("NOT_FOUND", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Every_query_parameter_is_accepted_with_its_example_and_each_allowed_value()
    {
        var (refused, tried) = (new List<string>(), new HashSet<string>());
        foreach (var (path, _, parameters) in Operations(await DefinitionAsync()))
        {
            var url = await ConcreteAsync(path, parameters);
            // Each allowed value once per kind of path (the 67 CRSs on the first items path), the example on every path.
            var kind = string.Join('/', path.Split('/').Select((s, i) => i == 2 ? "{c}" : s));
            var filters = parameters.FirstOrDefault(p => p["name"]!.GetValue<string>() == "filter")?["examples"]?.AsObject();
            foreach (var p in parameters.Where(p => p["in"]!.GetValue<string>() == "query"))
            {
                var name = p["name"]!.GetValue<string>();
                var values = (p["schema"]!["enum"]?.AsArray().Select(v => v!) ?? []).Select(QueryValue)
                    .Where(v => tried.Add($"{kind}|{name}|{v}"));
                var example = p["example"] ?? p["examples"]?.AsObject().First().Value!["value"]
                              ?? throw new Xunit.Sdk.XunitException($"{path}: parameter {name} has no example");
                foreach (var value in values.Append(QueryValue(example)).Distinct())
                {
                    var request = $"{url}?{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}" + Companion(filters, name, value);
                    using var response = await GetAsync(request);
                    if (response.StatusCode != HttpStatusCode.OK)
                        refused.Add($"{request} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    else if (name == "f" && (value == "html") != (response.Content.Headers.ContentType?.MediaType == "text/html"))
                        refused.Add($"{request} → {response.Content.Headers.ContentType}: not the format asked for");
                }
            }
        }
        Assert.True(refused.Count == 0, string.Join("\n", refused));
    }

    // filter-lang and filter-crs are answered only beside a filter: the document's example filter in that language.
    static string Companion(JsonObject? filters, string name, string value) => name switch
    {
        "filter-lang" => "&filter=" + Uri.EscapeDataString(filters![value]!["value"]!.GetValue<string>()),
        "filter-crs" => "&filter=" + Uri.EscapeDataString(filters!["cql2-text"]!["value"]!.GetValue<string>()),
        _ => "",
    };

    [Fact]
    public async Task Every_filter_example_of_the_document_is_accepted_in_its_language()
    {
        foreach (var (path, _, parameters) in Operations(await DefinitionAsync()).Where(o => o.Path.EndsWith("/items")))
            foreach (var (lang, example) in parameters.Single(p => p["name"]!.GetValue<string>() == "filter")["examples"]!.AsObject())
            {
                var request = $"/ogc{path}?filter-lang={lang}&filter={Uri.EscapeDataString(example!["value"]!.GetValue<string>())}";
                using var response = await GetAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{request} → {await response.Content.ReadAsStringAsync()}");
            }
    }

    [Fact]
    public async Task The_items_paths_list_exactly_the_parameters_the_endpoint_accepts()
    {
        var doc = await DefinitionAsync();
        foreach (var c in Zones.Server.Data.FeatureCollections.All)
        {
            var listed = Operations(doc).Single(o => o.Path == $"/collections/{c.Id}/items").Parameters.Select(p => p["name"]!.GetValue<string>());
            Assert.Equal(OgcItemsParameters.Of(c).Select(p => p.Name), listed);
            Assert.Contains("filter-lang", listed);
        }
    }

    [Fact]
    public async Task Coded_queryables_list_their_codes_and_Chinese_labels_and_crs_lists_every_supported_crs()
    {
        var items = Operations(await DefinitionAsync()).Single(o => o.Path == "/collections/assets/items").Parameters;
        var status = items.Single(p => p["name"]!.GetValue<string>() == "status")["schema"]!["enum"]!.AsArray().Select(v => v!.ToString());
        Assert.Superset(new HashSet<string> { "good", "完好", "damaged", "损坏" }, status.ToHashSet());
        var crs = items.Single(p => p["name"]!.GetValue<string>() == "crs")["schema"]!["enum"]!.AsArray().Select(v => v!.ToString());
        Assert.Equal(OgcCrs.Supported.Select(c => c.Uri), crs);
    }

    [Fact]
    public async Task The_landing_page_links_the_definition_and_its_readable_page()
    {
        var links = (await _app.GetJsonAsync("/ogc")).GetProperty("links").EnumerateArray()
            .ToDictionary(l => l.GetProperty("rel").GetString()!, l => (Href: new Uri(l.GetProperty("href").GetString()!).PathAndQuery, Type: l.GetProperty("type").GetString()));
        using var desc = await GetAsync(links["service-desc"].Href);
        Assert.Equal("application/vnd.oai.openapi+json;version=3.0", links["service-desc"].Type);
        Assert.Equal("application/vnd.oai.openapi+json", desc.Content.Headers.ContentType!.MediaType);
        using var doc = await GetAsync(links["service-doc"].Href);
        Assert.Equal("text/html", doc.Content.Headers.ContentType!.MediaType);
        var page = await doc.Content.ReadAsStringAsync();
        Assert.Contains("/collections/complaints/items", page);
        Assert.Contains("filter-lang", page);
    }

    [Fact]
    public async Task A_browser_asking_for_html_gets_the_page_and_an_unknown_format_is_a_400()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        using var page = await client.GetAsync("/ogc/api");
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        using var bad = await GetAsync("/ogc/api?f=yaml");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("f=json", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Gdal_reads_cql_text_from_the_document_and_pushes_a_where_to_the_server()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        app.UseKestrel(0);
        app.StartServer();
        var ogc = $"OAPIF:{app.ClientOptions.BaseAddress.ToString().TrimEnd('/')}/ogc";
        var result = await ProcessRunner.RunAsync("ogrinfo", ["-ro", "-so", "--config", "CPL_DEBUG", "ON", ogc, "assets", "-where", "status = 'damaged'"],
                                                  timeoutSeconds: 120);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("CQL text detected", result.Stderr); // GDAL 3.6 found cql-text in the items path's filter-lang enum
        Assert.Contains("filter-lang=cql-text", result.Stderr);
        Assert.Contains($"Feature Count: {await pg.ScalarAsync<long>("SELECT count(*) FROM zones.asset WHERE retired_at IS NULL AND status = 'damaged'")}",
                        result.Stdout);
    }
}
