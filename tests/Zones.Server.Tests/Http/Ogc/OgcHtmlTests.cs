using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Ogc;

/// <summary>
/// The HTML encoding of the OGC API (issue #16 §3b, conformance class html): browsers and
/// <c>f=html</c> get readable Chinese pages, GDAL / QGIS keep JSON, and a page shows what its
/// JSON twin holds.
/// </summary>
[Collection(PostgisCollection.Name)]
public class OgcHtmlTests(PostgisFixture pg) : IAsyncLifetime
{
    const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    async Task<(HttpResponseMessage Response, string Body)> GetAsync(string path, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await _app.CreateClient().SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    async Task<string> HtmlAsync(string path)
    {
        var (response, body) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    static int Count(string html, string pattern) => Regex.Matches(html, pattern).Count;

    static string Table(string html, string id) => Regex.Match(html, $"<table id=\"{id}\">.*?</table>", RegexOptions.Singleline).Value;

    [Theory]
    [InlineData(BrowserAccept, "text/html")]
    [InlineData("text/html", "text/html")]
    [InlineData(null, "application/geo+json")]                                      // GDAL without Accept, curl
    [InlineData("*/*", "application/geo+json")]
    [InlineData("application/json", "application/geo+json")]                        // QGIS
    [InlineData("application/geo+json, application/json;q=0.9, */*;q=0.5", "application/geo+json")]
    [InlineData("application/json, text/html", "application/geo+json")]
    [InlineData("text/html;q=0.5, application/geo+json", "application/geo+json")]
    public async Task Browsers_get_html_and_gis_clients_keep_json(string? accept, string expected)
    {
        var (response, _) = await GetAsync("/ogc/collections/roads/items?limit=2", accept);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/ogc", "OGC API – Features 服务")]
    [InlineData("/ogc/conformance", "conf/html")]
    [InlineData("/ogc/collections", "浏览要素")]
    [InlineData("/ogc/collections/roads", "道路路段")]
    [InlineData("/ogc/collections/complaints/items", "案卷要素")]
    [InlineData("/ogc/collections/assets/queryables", "完好 good、损坏 damaged")]
    [InlineData("/ogc/collections/complaints/sortables", "上报时间 <span class=\"en\">reported at</span>")]
    [InlineData("/ogc/collections/assets/items?skipGeometry=true&properties=name,status", "状态 <span class=\"en\">status</span>")]
    public async Task Every_resource_is_a_chinese_html_page_with_f_html(string path, string expected)
    {
        var html = await HtmlAsync(path + (path.Contains('?') ? "&" : "?") + "f=html");
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html);
        Assert.Contains(expected, html);
        Assert.Contains("f=json\">", html); // the footer links the JSON twin
    }

    [Fact]
    public async Task A_browser_asking_f_json_gets_json()
    {
        var (response, _) = await GetAsync("/ogc/collections?f=json", BrowserAccept);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Conformance_declares_the_html_class()
    {
        var classes = (await _app.GetJsonAsync("/ogc/conformance")).GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString());
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html", classes);
    }

    [Fact]
    public async Task The_items_page_shows_the_features_of_the_geojson_page_in_rows_and_on_the_map()
    {
        var json = await _app.GetJsonAsync("/ogc/collections/assets/items?limit=7&offset=14");
        var html = await HtmlAsync("/ogc/collections/assets/items?limit=7&offset=14&f=html");
        var ids = json.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids, Regex.Matches(Table(html, "items"), @"items/(\d+)\?f=html").Select(m => long.Parse(m.Groups[1].Value)));
        Assert.Equal(7, Count(html, "<circle "));
        Assert.Contains($"共 {json.GetProperty("numberMatched").GetInt64()} 个要素，本页第 15–21 个", html);
    }

    [Fact]
    public async Task The_items_page_links_the_same_next_and_prev_pages_as_the_geojson()
    {
        var json = await _app.GetJsonAsync("/ogc/collections/roads/items?f=json&limit=5&offset=5");
        var html = await HtmlAsync("/ogc/collections/roads/items?f=html&limit=5&offset=5");
        foreach (var rel in (string[])["next", "prev"])
        {
            var href = json.GetProperty("links").EnumerateArray().First(l => l.GetProperty("rel").GetString() == rel).GetProperty("href").GetString()!;
            Assert.Contains($"rel=\"{rel}\" href=\"{WebUtility.HtmlEncode(href.Replace("f=json", "f=html"))}\"", html);
        }
    }

    [Fact]
    public async Task An_item_page_lists_its_properties_by_chinese_title_with_coded_values_by_label()
    {
        var id = await pg.ScalarAsync<long>("SELECT min(id) FROM zones.asset WHERE status = 'damaged' AND retired_at IS NULL");
        var identifier = await pg.ScalarAsync<string>($"SELECT identifier FROM zones.asset WHERE id = {id}");
        var properties = Table(await HtmlAsync($"/ogc/collections/assets/items/{id}?f=html"), "properties");
        Assert.Contains($"<td>编号 <span class=\"en\">identifier</span></td><td>{identifier}</td>", properties);
        Assert.Contains("<td>状态 <span class=\"en\">status</span></td><td>损坏 <span class=\"en\">damaged</span></td>", properties);
        Assert.Equal(12, Count(properties, "<tr>") - 1); // id + the 11 properties of an asset
    }

    [Theory]
    [InlineData("/ogc/collections/zones/items?f=html&limit=5")]
    [InlineData("/ogc/collections/assets/items?f=html&limit=5")]
    public async Task The_map_is_drawn_the_same_when_coordinates_come_latitude_first(string path)
    {
        static double[] Numbers(string html) => Regex.Matches(Regex.Match(html, "<svg.*?</svg>", RegexOptions.Singleline).Value, @"-?\d+(\.\d+)?")
            .Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var lonLat = Numbers(await HtmlAsync(path));
        var latLon = Numbers(await HtmlAsync($"{path}&crs=http://www.opengis.net/def/crs/EPSG/0/4326"));
        Assert.Equal(lonLat.Length, latLon.Length);
        Assert.All(lonLat.Zip(latLon), p => Assert.Equal(p.First, p.Second, 0.2)); // 7 vs 8 decimals may move a 0.1 step
    }

    [Fact]
    public async Task Text_from_the_database_is_escaped_not_run()
    {
        var id = await pg.ScalarAsync<long>("SELECT min(id) FROM zones.road WHERE retired_at IS NULL");
        var name = await pg.ScalarAsync<string>($"SELECT name FROM zones.road WHERE id = {id}");
        await pg.ExecuteAsync($"UPDATE zones.road SET name = '<script>alert(1)</script>' WHERE id = {id}");
        try
        {
            var html = await HtmlAsync($"/ogc/collections/roads/items/{id}?f=html");
            Assert.DoesNotContain("<script>", html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        }
        finally
        {
            await pg.ExecuteAsync($"UPDATE zones.road SET name = '{name!.Replace("'", "''")}' WHERE id = {id}");
        }
    }

    [Theory]
    [InlineData("/ogc")]
    [InlineData("/ogc/collections")]
    [InlineData("/ogc/collections/zones")]
    [InlineData("/ogc/collections/zones/items?limit=3")]
    public async Task Json_answers_link_their_html_alternate(string path)
    {
        var links = (await _app.GetJsonAsync(path)).GetProperty("links").EnumerateArray();
        var alternate = links.Single(l => l.GetProperty("rel").GetString() == "alternate");
        Assert.Equal("text/html", alternate.GetProperty("type").GetString());
        Assert.Contains("f=html", alternate.GetProperty("href").GetString());
    }

    [Fact]
    public async Task A_feature_links_its_html_page()
    {
        var id = await pg.ScalarAsync<long>("SELECT min(id) FROM zones.zone");
        var links = (await _app.GetJsonAsync($"/ogc/collections/zones/items/{id}")).GetProperty("links").EnumerateArray();
        Assert.Contains(links, l => l.GetProperty("rel").GetString() == "alternate" &&
                                    l.GetProperty("href").GetString()!.EndsWith($"/items/{id}?f=html"));
    }
}
