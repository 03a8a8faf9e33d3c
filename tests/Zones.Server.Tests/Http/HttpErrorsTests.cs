using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http;

/// <summary>
/// Every HTTP endpoint but GraphQL refuses in one shape, <c>{"code": "UPPER_SNAKE", "description": "…"}</c>
/// as application/json; under /open311 the same refusals are GeoReport v2 error lists.
/// </summary>
[Collection(PostgisCollection.Name)]
public partial class HttpErrorsTests(PostgisFixture pg) : IAsyncLifetime
{
    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex UpperSnake();

    async Task<(HttpStatusCode Status, string? MediaType, string Body)> SendAsync(string method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (json is not null)
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await _app.CreateClient().SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("GET", "/ogc/collections/nothing", null, HttpStatusCode.NotFound)]
    [InlineData("GET", "/ogc/collections/zones/items?limit=many", null, HttpStatusCode.BadRequest)]
    [InlineData("GET", "/ogc/collections?x=%00", null, HttpStatusCode.BadRequest)]
    [InlineData("GET", "/tiles/nothing/1/1/1.mvt", null, HttpStatusCode.NotFound)]
    [InlineData("GET", "/tiles/zones/99/1/1.mvt", null, HttpStatusCode.BadRequest)]
    [InlineData("GET", "/export/things.csv", null, HttpStatusCode.BadRequest)]
    [InlineData("GET", "/export/assets.csv?api_key=abc", null, HttpStatusCode.BadRequest)]
    [InlineData("POST", "/auth/login", "not json", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/auth/login", """{"username":"nobody","password":"wrong"}""", HttpStatusCode.Unauthorized)]
    public async Task Every_endpoint_refuses_with_a_code_and_a_description(string method, string path, string? json, HttpStatusCode status)
    {
        var (got, mediaType, body) = await SendAsync(method, path, json);
        var error = JsonDocument.Parse(body).RootElement;
        Assert.Equal((status, "application/json"), (got, mediaType));
        Assert.Equal(["code", "description"], error.EnumerateObject().Select(p => p.Name));
        Assert.Matches(UpperSnake(), error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Under_open311_a_refused_query_string_is_a_GeoReport_error_list()
    {
        var (status, _, body) = await SendAsync("GET", "/open311/v2/services.json?jurisdiction_id=%00");
        var error = Assert.Single(JsonDocument.Parse(body).RootElement.EnumerateArray());
        Assert.Equal((HttpStatusCode.BadRequest, 400), (status, error.GetProperty("code").GetInt32()));
        Assert.Contains("NUL", error.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Under_open311_an_xml_path_gets_the_error_list_in_xml()
    {
        var (status, mediaType, body) = await SendAsync("GET", "/open311/v2/services.xml?jurisdiction_id=%FF");
        var error = System.Xml.Linq.XDocument.Parse(body).Root!;
        Assert.Equal((HttpStatusCode.BadRequest, "text/xml", "errors", "400"),
                     (status, mediaType, error.Name.LocalName, (string?)error.Element("error")!.Element("code")));
    }
}
