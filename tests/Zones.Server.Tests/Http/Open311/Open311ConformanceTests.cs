using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Zones.Server.Data;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Demo;
using Zones.Server.Tests.Data.Photos;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Open311;

/// <summary>
/// The demo (public) and the second township (not public) in a database of their own, and a case of the demo
/// that carries the second township's case number: the same number in two townships, as daily serials make it.
/// </summary>
public sealed class Open311World() : TwoTownshipsDatabase("_open311")
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await DataSource.ExecAsync("""
            INSERT INTO zones.complaint (township_code, case_number, geom, category_kind, category_code, source, description, stage, reported_at, deadline)
            SELECT township_code, $1, geom, 'event', '0102', 'citizen', '同号案卷', 'registered', now() - interval '2 hours', now() + interval '3 days'
            FROM zones.complaint WHERE township_code = $2 ORDER BY id LIMIT 1
            """, SecondTownship.CaseNumber, DemoCode);
    }
}

/// <summary>
/// Open311 GeoReport v2 to the letter (issue #14 §4), walked through the real HTTP pipeline the way the
/// specification orders it: discovery, the service list and definitions, POST (lat/long, address_string,
/// media), GET lists and single requests, tokens, and the error rules — jurisdiction_id known, unknown or
/// not the caller's, an unknown service_code, a missing api_key — in JSON and in XML.
/// Spec: https://wiki.open311.org/GeoReport_v2/, https://wiki.open311.org/Service_Discovery.
/// </summary>
[Collection(PostgisCollection.Name)]
public class Open311ConformanceTests(Open311World world) : IClassFixture<Open311World>, IAsyncLifetime
{
    // Points inside villages of the demo township; each test reports its own category, so no test folds into another's case.
    static readonly (double Lon, double Lat) Badu = (119.805272, 31.055994), Wushan = (119.787431, 31.051025),
        Meilin = (119.792612, 31.064569), Sangyuan = (119.823969, 31.058843), Huaxi = (119.837329, 31.050025);

    ZonesApplication _app = null!;
    SignedInClients _clients = null!;
    string Demo => world.DemoCode;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(world.ConnectionString);
        _clients = new SignedInClients(_app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, string? who = null)
    {
        using var response = await (await _clients.ForAsync(who)).GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpContent form, string path = "/open311/v2/requests.json")
    {
        using var response = await _app.CreateClient().PostAsync(path, form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    static FormUrlEncodedContent Report(string code, (double Lon, double Lat)? at, params (string Name, string Value)[] more)
    {
        var form = new Dictionary<string, string> { ["api_key"] = DemoAccounts.HotlineKey, ["service_code"] = code, ["description"] = "Open311 一致性测试" };
        if (at is var (lon, lat))
            (form["long"], form["lat"]) = (lon.ToString(CultureInfo.InvariantCulture), lat.ToString(CultureInfo.InvariantCulture));
        foreach (var (name, value) in more)
            form[name] = value;
        return new FormUrlEncodedContent(form);
    }

    /// <summary>Posts a report and returns its service_request_id.</summary>
    async Task<string> OpenAsync(string code, (double, double) at)
    {
        var (status, body) = await PostAsync(Report(code, at));
        Assert.True(status == HttpStatusCode.OK, body);
        return Json(body)[0].GetProperty("service_request_id").GetString()!;
    }

    static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    static XElement Xml(string body) => XDocument.Parse(body).Root!;

    static string[] Names(XElement e) => [.. e.Elements().Select(x => x.Name.LocalName)];

    /// <summary>The GeoReport error of an answer: (HTTP status, the code in the body).</summary>
    static (HttpStatusCode, int) Error((HttpStatusCode Status, string Body) answer) => (answer.Status, Json(answer.Body)[0].GetProperty("code").GetInt32());

    [Fact]
    public async Task Discovery_names_the_GeoReport_v2_endpoint_its_formats_changeset_and_contact()
    {
        var json = Json((await GetAsync("/open311/discovery.json")).Body);
        var endpoint = json.GetProperty("endpoints")[0];
        Assert.Equal(("http://wiki.open311.org/GeoReport_v2", "http://localhost/open311/v2"),
                     (endpoint.GetProperty("specification").GetString(), endpoint.GetProperty("url").GetString()));
        Assert.Equal(["text/xml", "application/json"], endpoint.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
        var xml = Xml((await GetAsync("/open311/discovery.xml")).Body);
        Assert.Equal("discovery", xml.Name.LocalName);
        Assert.Equal(["changeset", "contact", "key_service", "endpoints"], Names(xml));
        Assert.Equal(["specification", "url", "changeset", "type", "formats"], Names(xml.Element("endpoints")!.Element("endpoint")!));
    }

    [Fact]
    public async Task The_service_list_and_a_service_definition_answer_in_json_and_xml()
    {
        var services = Xml((await GetAsync($"/open311/v2/services.xml?jurisdiction_id={Demo}")).Body);
        Assert.Equal(["service_code", "service_name", "description", "metadata", "type", "keywords", "group"],
                     Names(services.Elements("service").First()));
        var definition = Xml((await GetAsync($"/open311/v2/services/E0102.xml?jurisdiction_id={Demo}")).Body);
        Assert.Equal("service_definition", definition.Name.LocalName);
        Assert.Equal(["service_code", "attributes"], Names(definition));
        Assert.Equal("E0102", Json((await GetAsync("/open311/v2/services/E0102.json")).Body).GetProperty("service_code").GetString());
        Assert.Equal((HttpStatusCode.NotFound, 404), Error(await GetAsync("/open311/v2/services/E0999.json")));
    }

    [Theory]
    [InlineData("/open311/v2/services.json?jurisdiction_id={0}")]
    [InlineData("/open311/v2/services/E0102.json?jurisdiction_id={0}")]
    [InlineData("/open311/v2/requests.json?jurisdiction_id={0}")]
    [InlineData("/open311/v2/requests/" + SecondTownship.Code + "-" + SecondTownship.CaseNumber + ".json?jurisdiction_id={0}")]
    public async Task An_unknown_jurisdiction_is_404_on_every_method_and_so_is_a_township_the_caller_may_not_read(string path)
    {
        Assert.Equal((HttpStatusCode.NotFound, 404), Error(await GetAsync(string.Format(CultureInfo.InvariantCulture, path, "999999999999"))));
        Assert.Equal((HttpStatusCode.NotFound, 404), Error(await GetAsync(string.Format(CultureInfo.InvariantCulture, path, SecondTownship.Code))));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(string.Format(CultureInfo.InvariantCulture, path, SecondTownship.Code), "s2-viewer")).Status);
    }

    [Fact]
    public async Task A_jurisdiction_limits_the_requests_to_its_townships_and_a_county_code_names_all_of_its_readable_ones()
    {
        var second = $"{SecondTownship.Code}-{SecondTownship.CaseNumber}";
        string Ids(string body) => string.Join(",", Json(body).EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()));
        Assert.DoesNotContain(second, Ids((await GetAsync($"/open311/v2/requests.json?jurisdiction_id={Demo}", "county-admin")).Body));
        Assert.Contains(second, Ids((await GetAsync($"/open311/v2/requests.json?jurisdiction_id={SecondTownship.County}", "county-admin")).Body));
        Assert.DoesNotContain(second, Ids((await GetAsync($"/open311/v2/requests.json?jurisdiction_id={SecondTownship.County}")).Body));
    }

    [Fact]
    public async Task A_post_in_an_unknown_jurisdiction_is_404_and_one_outside_the_named_jurisdiction_is_400()
    {
        Assert.Equal((HttpStatusCode.NotFound, 404), Error(await PostAsync(Report("E0101", Badu, ("jurisdiction_id", "999999999999")))));
        // The second township's key may read the public demo: naming it while reporting a point of its own township is a mistake.
        var (status, body) = await PostAsync(Report("E0101", (119.896, 31.021), ("jurisdiction_id", Demo), ("api_key", SecondTownship.HotlineKey)));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("outside jurisdiction_id", Json(body)[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_post_with_lat_and_long_opens_a_case_whose_id_is_unique_across_the_installation()
    {
        var id = await OpenAsync("E0104", Wushan);
        Assert.StartsWith($"{Demo}-E0104", id);
        var read = Json((await GetAsync($"/open311/v2/requests/{id}.json")).Body);
        Assert.Equal((1, id, "open"), (read.GetArrayLength(), read[0].GetProperty("service_request_id").GetString(), read[0].GetProperty("status").GetString()));
        Assert.Equal(id, Json((await GetAsync($"/open311/v2/tokens/{id}.json")).Body)[0].GetProperty("service_request_id").GetString());
    }

    [Fact]
    public async Task An_address_string_alone_is_located_on_the_named_road_of_the_township()
    {
        var (status, body) = await PostAsync(Report("E0105", null, ("address_string", "桑溪镇人民路18号门口")));
        Assert.True(status == HttpStatusCode.OK, body);
        var id = Json(body)[0].GetProperty("service_request_id").GetString();
        Assert.True(await world.DataSource.ScalarAsync<bool>("""
            SELECT ST_DWithin(c.geom::geography, (SELECT ST_Collect(geom) FROM zones.road WHERE name = '人民路')::geography, 1)
            FROM zones.complaint c WHERE zones.public_case_id(c.township_code, c.case_number) = $1
            """, id!));
        // The caller is told the point stands for the road, not the door.
        Assert.Contains("按地址定位于道路“人民路”", Json(body)[0].GetProperty("service_notice").GetString());
    }

    [Fact]
    public async Task An_address_string_that_names_nothing_known_is_a_400_saying_what_to_send_instead()
    {
        var answer = await PostAsync(Report("E0105", null, ("address_string", "火星大道99号")), "/open311/v2/requests.xml");
        var error = Xml(answer.Body).Element("error")!;
        Assert.Equal((HttpStatusCode.BadRequest, "400"), (answer.Status, (string?)error.Element("code")));
        Assert.Contains("could not be found", (string?)error.Element("description"));
        Assert.Contains("send lat and long", (string?)error.Element("description"));
    }

    [Fact]
    public async Task A_picture_sent_as_media_is_stored_re_encoded_and_becomes_the_media_url()
    {
        using var form = new MultipartFormDataContent();
        foreach (var (k, v) in new[] { ("api_key", DemoAccounts.HotlineKey), ("service_code", "E0106"),
                                       ("long", Meilin.Lon.ToString(CultureInfo.InvariantCulture)), ("lat", Meilin.Lat.ToString(CultureInfo.InvariantCulture)) })
            form.Add(new StringContent(v), k);
        form.Add(new ByteArrayContent(TestImages.Png(3000, 1000)), "media", "photo.png");
        var (status, body) = await PostAsync(form);
        Assert.True(status == HttpStatusCode.OK, body);
        var request = Json((await GetAsync($"/open311/v2/requests/{Json(body)[0].GetProperty("service_request_id").GetString()}.json")).Body)[0];
        using var photo = await _app.CreateClient().GetAsync(request.GetProperty("media_url").GetString());
        Assert.Equal(("image/jpeg", 2048), (photo.Content.Headers.ContentType?.MediaType, SkiaSharp.SKBitmap.Decode(await photo.Content.ReadAsByteArrayAsync()).Width));
    }

    [Fact]
    public async Task A_heic_picture_sent_as_media_is_stored_as_a_jpeg_behind_the_media_url()
    {
        using var form = new MultipartFormDataContent();
        foreach (var (k, v) in new[] { ("api_key", DemoAccounts.HotlineKey), ("service_code", "E0106"),
                                       ("long", Huaxi.Lon.ToString(CultureInfo.InvariantCulture)), ("lat", Huaxi.Lat.ToString(CultureInfo.InvariantCulture)) })
            form.Add(new StringContent(v), k);
        form.Add(new ByteArrayContent(HeicFiles.Heic(600, 900)), "media", "IMG_0042.HEIC");
        var (status, body) = await PostAsync(form);
        Assert.True(status == HttpStatusCode.OK, body);
        var request = Json((await GetAsync($"/open311/v2/requests/{Json(body)[0].GetProperty("service_request_id").GetString()}.json")).Body)[0];
        using var photo = await _app.CreateClient().GetAsync(request.GetProperty("media_url").GetString());
        using var served = SkiaSharp.SKBitmap.Decode(await photo.Content.ReadAsByteArrayAsync());
        Assert.Equal(("image/jpeg", 600, 900), (photo.Content.Headers.ContentType?.MediaType, served.Width, served.Height));
    }

    [Fact]
    public async Task An_unknown_service_code_is_404_and_a_missing_api_key_is_403_in_json_and_xml()
    {
        Assert.Equal((HttpStatusCode.NotFound, 404), Error(await PostAsync(Report("E0999", Badu))));
        Assert.Equal((HttpStatusCode.NotFound, 404), Error(await PostAsync(Report("bins", Badu))));
        Assert.Equal((HttpStatusCode.Forbidden, 403), Error(await PostAsync(Report("E0101", Badu, ("api_key", "")))));
        var xml = await PostAsync(Report("E0101", Badu, ("api_key", "")), "/open311/v2/requests.xml");
        Assert.Equal(("errors", "403"), (Xml(xml.Body).Name.LocalName, (string?)Xml(xml.Body).Element("error")!.Element("code")));
    }

    [Fact]
    public async Task A_second_report_of_the_same_problem_answers_with_the_existing_case_and_how_many_reported_it()
    {
        var first = await OpenAsync("E0107", Sangyuan);
        var (_, body) = await PostAsync(Report("E0107", (Sangyuan.Lon + 0.0001, Sangyuan.Lat)));
        Assert.Equal(first, Json(body)[0].GetProperty("service_request_id").GetString());
        Assert.Contains("已有 2 人反映", Json(body)[0].GetProperty("service_notice").GetString());
    }

    [Fact]
    public async Task Requests_are_listed_by_lists_of_service_codes_statuses_and_ids()
    {
        var (a, b) = (await OpenAsync("E0501", Huaxi), await OpenAsync("C0118", Wushan));
        async Task<string> Ids(string query) => string.Join(",", Json((await GetAsync($"/open311/v2/requests.json?jurisdiction_id={Demo}&{query}")).Body)
            .EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()).Where(id => id == a || id == b).Order());
        var both = string.Join(",", new[] { a, b }.Order());
        Assert.Equal(both, await Ids("service_code=E0501,C0118"));
        Assert.Equal(a, await Ids("service_code=E0501&status=open,closed"));
        Assert.Equal(both, await Ids($"service_request_id={a},{b}"));
        Assert.Equal("", await Ids("service_code=E0501&status=closed"));
    }

    [Fact]
    public async Task The_same_case_number_in_two_townships_is_two_ids_and_the_plain_number_is_found_only_where_it_is_unique()
    {
        var full = $"{SecondTownship.Code}-{SecondTownship.CaseNumber}";
        var one = Json((await GetAsync($"/open311/v2/requests/{full}.json", "county-admin")).Body);
        Assert.Equal((1, "西苑大道路边有暴露垃圾"), (one.GetArrayLength(), one[0].GetProperty("description").GetString()));
        var ambiguous = await GetAsync($"/open311/v2/requests/{SecondTownship.CaseNumber}.json", "county-admin");
        Assert.Equal(HttpStatusCode.NotFound, ambiguous.Status);
        Assert.Contains(full, ambiguous.Body);
        // Anonymous callers read the demo only, where the plain number is unique.
        Assert.Equal("同号案卷", Json((await GetAsync($"/open311/v2/requests/{SecondTownship.CaseNumber}.json")).Body)[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task Status_notes_show_the_latest_public_note_and_never_an_internal_one()
    {
        var id = await OpenAsync("E0103", Meilin);
        var complaint = await world.DataSource.ScalarAsync<long>("SELECT id FROM zones.complaint WHERE zones.public_case_id(township_code, case_number) = $1", id);
        var workflow = _app.Services.GetRequiredService<ComplaintWorkflow>();
        var planner = new Actor("planner", Roles.Planner, Scope: ActorScope.Township(Demo));
        await workflow.TransitionAsync(complaint, Actions.Register, null, "内部：先别告诉群众", new(PublicNote: "已立案，三日内处理"), planner, default);
        await workflow.TransitionAsync(complaint, Actions.Dispatch, null, "内部：派环卫所", new(UnitId: await world.DataSource.ScalarAsync<long>(
            "SELECT id FROM zones.unit WHERE township_code = $1 ORDER BY id LIMIT 1", Demo)), planner, default);
        var request = Xml((await GetAsync($"/open311/v2/requests/{id}.xml")).Body).Element("request")!;
        Assert.Equal("已立案，三日内处理", (string?)request.Element("status_notes"));
    }

    [Fact]
    public async Task A_request_in_xml_has_the_specification_s_elements_in_order()
    {
        var id = await OpenAsync("E9901", Badu);
        var xml = Xml((await GetAsync($"/open311/v2/requests/{id}.xml")).Body);
        Assert.Equal(("service_requests", "request"), (xml.Name.LocalName, xml.Elements().Single().Name.LocalName));
        Assert.Equal(["service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible",
                      "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode",
                      "lat", "long", "media_url"], Names(xml.Element("request")!));
    }
}
