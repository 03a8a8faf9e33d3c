using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Zones.Server.Data.Auth;
using Zones.Server.Tests.Data.Complaints;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Complaints.ComplaintKit;

namespace Zones.Server.Tests.Http.Open311;

/// <summary>Open311 GeoReport v2 through the real HTTP pipeline, on the test township of <see cref="ComplaintKit"/>.</summary>
[Collection(PostgisCollection.Name)]
public class Open311Tests(PostgisFixture pg) : ComplaintTownshipTests(pg)
{
    const string HotlineKey = "open311-test-hotline-key", ViewerKey = "open311-test-viewer-key";

    ZonesApplication _app = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var keys = new UserStore(Pg.DataSource);
        await keys.CreateApiKeyAsync(Township, "测试热线", HotlineKey, "hotline", default);
        await keys.CreateApiKeyAsync(Township, "测试只读", ViewerKey, "viewer", default);
        _app = new ZonesApplication(Pg.ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await base.DisposeAsync();
    }

    static Dictionary<string, string> Form(string? key = HotlineKey, string code = "E0102", string? lat = "30.001", string? lon = "120.001")
    {
        var form = new Dictionary<string, string> { ["service_code"] = code, ["description"] = "村口有暴露垃圾",
            ["first_name"] = "小明", ["last_name"] = "张", ["phone"] = "13800138000", ["address_string"] = "前塘村口" };
        foreach (var (k, v) in new[] { ("api_key", key), ("lat", lat), ("long", lon) })
            if (v is not null)
                form[k] = v;
        return form;
    }

    async Task<(HttpStatusCode Status, JsonElement Body)> Send(string path, Dictionary<string, string>? form = null)
    {
        var client = _app.CreateClient();
        using var response = form is null ? await client.GetAsync("/open311/v2" + path)
                                          : await client.PostAsync("/open311/v2" + path, new FormUrlEncodedContent(form));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    async Task<string> Post() => (await Send("/requests.json", Form())).Body[0].GetProperty("service_request_id").GetString()!;

    static string Field(JsonElement item, string name) => item.GetProperty(name).ToString();

    [Fact]
    public async Task The_service_list_shows_categories_as_kind_letter_and_code()
    {
        var (status, body) = await Send("/services.json");
        var e0102 = body.EnumerateArray().Single(s => Field(s, "service_code") == "E0102");
        Assert.Equal((HttpStatusCode.OK, "暴露垃圾", "市容环境", "False", "realtime"),
                     (status, Field(e0102, "service_name"), Field(e0102, "group"), Field(e0102, "metadata"), Field(e0102, "type")));
    }

    [Fact]
    public async Task The_service_list_is_also_served_as_xml()
    {
        using var response = await _app.CreateClient().GetAsync("/open311/v2/services.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("services", xml.Root!.Name.LocalName);
        Assert.Contains(xml.Root.Elements("service"), s => (string?)s.Element("service_code") == "C0305");
    }

    [Fact]
    public async Task An_unsupported_format_is_a_400_naming_the_supported_ones()
    {
        var (status, body) = await Send("/services.csv");
        Assert.Equal((HttpStatusCode.BadRequest, "400"), (status, Field(body[0], "code")));
        Assert.Contains("use .json or .xml", Field(body[0], "description"));
    }

    [Fact]
    public async Task A_service_definition_is_found_by_code_and_an_unknown_code_is_404()
    {
        Assert.Equal("E0102", Field((await Send("/services/E0102.json")).Body, "service_code"));
        Assert.Equal(HttpStatusCode.NotFound, (await Send("/services/E9999.json")).Status);
    }

    [Fact]
    public async Task A_hotline_post_opens_a_case_and_promises_a_deadline()
    {
        var (status, body) = await Send("/requests.json", Form());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches($"^{Township}-E0102[0-9]{{12}}$", Field(body[0], "service_request_id"));
        Assert.Contains("限时办结", Field(body[0], "service_notice"));
        Assert.Equal(JsonValueKind.Null, body[0].GetProperty("account_id").ValueKind);
    }

    [Fact]
    public async Task A_posted_request_reads_back_as_open_with_its_agency_and_reporter_name()
    {
        var id = await Post();
        var request = (await Send($"/requests/{id}.json?jurisdiction_id={Township}")).Body[0];
        Assert.Equal(("open", "前塘村委会", "村口有暴露垃圾"), (Field(request, "status"), Field(request, "agency_responsible"), Field(request, "description")));
        Assert.Equal("张小明", await Kit.ScalarAsync<string>($"SELECT reporter_name FROM zones.complaint WHERE zones.public_case_id(township_code, case_number) = '{id}'"));
    }

    [Theory]
    [InlineData(null, "30.001", "lat and long")]
    [InlineData("120.001", null, "lat and long")]
    [InlineData("abc", "30.001", "decimal degrees")]
    public async Task A_post_without_a_usable_location_is_a_400(string? lon, string? lat, string message)
    {
        var (status, body) = await Send("/requests.json", Form(lat: lat, lon: lon));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, Field(body[0], "description"));
    }

    [Fact]
    public async Task A_post_with_an_unknown_service_code_is_404_listing_the_valid_codes()
    {
        var (status, body) = await Send("/requests.json", Form(code: "E0999"));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("E0102", Field(body[0], "description"));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Forbidden, "api_key was not provided")]
    [InlineData("not-a-key", HttpStatusCode.Forbidden, "unknown or revoked")]
    [InlineData(ViewerKey, HttpStatusCode.Forbidden, "may not submit")]
    public async Task A_post_needs_a_live_hotline_key(string? key, HttpStatusCode expected, string message)
    {
        var (status, body) = await Send("/requests.json", Form(key));
        Assert.Equal((expected, (int)expected), (status, body[0].GetProperty("code").GetInt32()));
        Assert.Contains(message, Field(body[0], "description"));
    }

    [Fact]
    public async Task A_post_outside_every_zone_is_a_400_naming_the_nearest_zone() =>
        Assert.Contains("前塘村", Field((await Send("/requests.json", Form(lat: "29.999", lon: "119.999"))).Body[0], "description"));

    [Fact]
    public async Task Requests_are_filtered_by_status_and_closed_cases_say_closed()
    {
        var id = await Post();
        await Kit.ActAsync(await Kit.ScalarAsync<long>($"SELECT id FROM zones.complaint WHERE zones.public_case_id(township_code, case_number) = '{id}'"), "void", "重复投诉",
                           new(PublicNote: "与已有案卷重复，合并办理"));
        var closed = (await Send($"/requests.json?status=closed&jurisdiction_id={Township}")).Body;
        Assert.Equal([(id, "closed", "与已有案卷重复，合并办理")], closed.EnumerateArray().Select(r => (Field(r, "service_request_id"), Field(r, "status"), Field(r, "status_notes"))));
        Assert.Empty((await Send($"/requests.json?status=open&jurisdiction_id={Township}")).Body.EnumerateArray());
    }

    [Fact]
    public async Task Requests_page_with_page_and_page_size()
    {
        // Three categories: three reports of one category at one spot would be folded into one case (issue #14 §3).
        foreach (var code in new[] { "E0101", "E0102", "E0103" })
            await Send("/requests.json", Form(code: code));
        var pages = new[] { 1, 2 }.Select(p => Send($"/requests.json?jurisdiction_id={Township}&page_size=2&page={p}")).ToList();
        Assert.Equal([2, 1], (await Task.WhenAll(pages)).Select(p => p.Body.GetArrayLength()));
    }

    [Theory]
    [InlineData("?start_date=2026-01-01T00:00:00%2B08:00&end_date=2026-06-01T00:00:00%2B08:00", "90 days")]
    [InlineData("?status=pending", "open or closed")]
    [InlineData("?service_code=bins", "E0102")]
    [InlineData("?start_date=yesterday", "ISO 8601")]
    public async Task Bad_request_filters_are_a_400(string query, string message) =>
        Assert.Contains(message, Field((await Send("/requests.json" + query)).Body[0], "description"));

    [Fact]
    public async Task An_unknown_request_id_is_404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Send("/requests/E0102209901010001.json")).Status);

    [Fact]
    public async Task Errors_are_served_as_xml_to_xml_clients()
    {
        using var response = await _app.CreateClient().GetAsync("/open311/v2/requests/E0102209901010001.xml");
        var error = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element("error")!;
        Assert.Equal((HttpStatusCode.NotFound, "404"), (response.StatusCode, (string?)error.Element("code")));
    }

    [Fact]
    public async Task Anonymous_readers_see_no_requests_of_a_township_that_is_not_public()
    {
        var id = await Post();
        await Kit.ExecuteAsync($"UPDATE zones.township SET is_public = false WHERE division_code = '{Township}'");
        // Case numbers are unique per township (jurisdiction): the demo may hold the same number today.
        Assert.Equal(HttpStatusCode.NotFound, (await Send($"/requests/{id}.json?jurisdiction_id={Township}")).Status);
    }
}
