using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Zones.Server.Spatial;
using Zones.Server.Tests.Data.Complaints;
using Zones.Server.Tests.Data.Photos;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Complaints.ComplaintKit;

namespace Zones.Server.Tests.Http.Report;

/// <summary>
/// The resident page's API (issue #14 §1) through the real HTTP pipeline, on the test township of
/// <see cref="ComplaintKit"/>: a report with photos, the checks that answer beside each field, the rate limits
/// kept in the database, and the status look-up that never tells whether a case exists.
/// </summary>
[Collection(PostgisCollection.Name)]
public class ReportEndpointTests(PostgisFixture pg) : ComplaintTownshipTests(pg)
{
    // In 前塘村 of the test township (WGS84).
    const double Lon = 120.0025, Lat = 30.0051;

    ZonesApplication _app = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Kit.ExecuteAsync("DELETE FROM zones.report_attempt");
        _app = new ZonesApplication(Pg.ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>The report form as the page sends it; <paramref name="fields"/> override or (null) drop the defaults.</summary>
    static MultipartFormDataContent Form(IEnumerable<byte[]>? photos = null, params (string Name, string? Value)[] fields)
    {
        var values = new Dictionary<string, string?> { ["category"] = "E0107", ["description"] = "垃圾桶满了", ["lon"] = $"{Lon}",
                                                       ["lat"] = $"{Lat}", ["crs"] = "WGS84", ["phone"] = "13912345678" };
        foreach (var (name, value) in fields)
            values[name] = value;
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in values)
            if (value is not null)
                form.Add(new StringContent(value), name);
        foreach (var (photo, i) in (photos ?? []).Select((p, i) => (p, i)))
            form.Add(new ByteArrayContent(photo), "photo", $"p{i}.jpg");
        return form;
    }

    static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(WebApplicationFactory<Program> app, HttpContent? form, string? query = null)
    {
        var client = app.CreateClient();
        using var response = form is null ? await client.GetAsync("/api/report/" + query) : await client.PostAsync("/api/report", form);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>The fields the answer names, in order: <c>category,description</c>.</summary>
    static string Fields(JsonElement body) => string.Join(",", body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));

    WebApplicationFactory<Program> With(params (string Key, string Value)[] settings) =>
        _app.WithWebHostBuilder(b => { foreach (var (k, v) in settings) b.UseSetting(k, v); });

    Task<int> CountAsync(string table) => Kit.ScalarAsync<int>($"SELECT count(*)::int FROM zones.{table} WHERE township_code = '{Township}'");

    [Fact]
    public async Task A_report_at_a_gcj02_position_opens_a_citizen_case_at_the_wgs84_point_with_its_photos_re_encoded()
    {
        var (gLon, gLat) = ChinaOffsets.Wgs84ToGcj02(Lon, Lat);
        var photo = TestImages.WithExif(TestImages.Jpeg(3000, 2000), 1, Lat, Lon, "2026:11:20 16:00:00");
        var (status, body) = await SendAsync(_app, Form([photo, TestImages.Png(400, 300)], ("lon", $"{gLon:R}"), ("lat", $"{gLat:R}"), ("crs", "GCJ02")));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(($"{Township}-", "4 个工作时内处理", 2, false), (body.GetProperty("caseNumber").GetString()![..13],
                     body.GetProperty("promise").GetString(), body.GetProperty("photos").GetInt32(), body.GetProperty("folded").GetBoolean()));
        var metres = await Kit.ScalarAsync<double>($"SELECT ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint({Lon}, {Lat}), 4326)::geography) FROM zones.complaint WHERE township_code = '{Township}' AND source = 'citizen'");
        Assert.True(metres < 0.01, $"{metres} m from the point");
        // Re-encoded: the 3000 px photo shrunk to 2048, and no stored JPEG holds an Exif segment ("Exif\0\0").
        Assert.Equal("report,report;2048;0", await Kit.ScalarAsync<string>($"""
            SELECT string_agg(phase, ',' ORDER BY id) || ';' || max(GREATEST(width, height)) || ';' ||
                   count(*) FILTER (WHERE position('\x457869660000'::bytea IN jpeg) > 0)
            FROM zones.complaint_photo WHERE township_code = '{Township}'
            """));
    }

    [Fact]
    public async Task A_heic_photo_offers_its_exif_position_and_is_stored_and_served_as_a_jpeg()
    {
        var heic = HeicFiles.Heic(640, 480, TestImages.ExifTiff(1, Lat, Lon, "2026:11:20 16:00:00"));

        var (_, refused) = await SendAsync(_app, Form([heic], ("lon", null), ("lat", null)));
        var offered = refused.GetProperty("exifLocation");
        Assert.Equal((Lon, Lat), (Math.Round(offered.GetProperty("lon").GetDouble(), 6), Math.Round(offered.GetProperty("lat").GetDouble(), 6)));

        var (status, _) = await SendAsync(_app, Form([heic]));
        Assert.Equal(HttpStatusCode.OK, status);
        var id = await Kit.ScalarAsync<long>($"SELECT id FROM zones.complaint_photo WHERE township_code = '{Township}'");
        using var photo = await _app.CreateClient().GetAsync($"/api/photos/{id}");
        var jpeg = await photo.Content.ReadAsByteArrayAsync();
        using var served = SkiaSharp.SKBitmap.Decode(jpeg);
        Assert.Equal((HttpStatusCode.OK, "image/jpeg", false, 640, 480),
                     (photo.StatusCode, photo.Content.Headers.ContentType?.MediaType, TestImages.ContainsExif(jpeg), served.Width, served.Height));
    }

    [Fact]
    public async Task Every_missing_field_is_named_beside_it_and_nothing_is_stored()
    {
        var (status, body) = await SendAsync(_app, Form(null, ("category", null), ("description", " ")));
        Assert.Equal((HttpStatusCode.BadRequest, "category,description"), (status, Fields(body)));
        Assert.Equal(0, await CountAsync("complaint"));
    }

    [Fact]
    public async Task A_malformed_phone_is_refused_beside_the_phone_field_by_the_intake_rules()
    {
        var (status, body) = await SendAsync(_app, Form(null, ("phone", "12345abc")));
        Assert.Equal((HttpStatusCode.BadRequest, "phone"), (status, Fields(body)));
    }

    [Fact]
    public async Task Without_a_location_a_photos_exif_position_is_offered_back_and_nothing_is_stored()
    {
        var photo = TestImages.WithExif(TestImages.Jpeg(400, 300), 1, Lat, Lon, "2026:11:20 16:00:00");
        var (status, body) = await SendAsync(_app, Form([photo], ("lon", null), ("lat", null)));
        var offered = body.GetProperty("exifLocation");
        Assert.Equal((HttpStatusCode.BadRequest, "location"), (status, Fields(body)));
        Assert.Equal((Lon, Lat), (Math.Round(offered.GetProperty("lon").GetDouble(), 5), Math.Round(offered.GetProperty("lat").GetDouble(), 5)));
        Assert.Equal(0, await CountAsync("complaint"));
    }

    [Fact]
    public async Task A_fourth_photo_a_file_that_is_no_image_and_a_photo_over_the_limit_are_refused_in_words()
    {
        var jpeg = TestImages.Jpeg(200, 100);
        var (tooMany, manyBody) = await SendAsync(_app, Form([jpeg, jpeg, jpeg, jpeg]));
        var (notImage, _) = await SendAsync(_app, Form([[1, 2, 3, 4, 5, 6]]));
        var (tooLarge, largeBody) = await SendAsync(With(("Zones:Photos:MaxBytes", "1000")), Form([TestImages.Jpeg(1200, 900)]));
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge), (tooMany, notImage, tooLarge));
        Assert.Contains("最多上传 3 张照片", manyBody.GetProperty("description").GetString());
        Assert.Contains("超过", largeBody.GetProperty("description").GetString());
        Assert.Equal(0, await CountAsync("complaint"));
    }

    [Fact]
    public async Task Reports_beyond_the_limit_per_address_get_429_with_when_to_retry_and_store_nothing()
    {
        var app = With(("Zones:Report:ReportsPerAddress", "2"));
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(app, Form(null, ("phone", $"1391234567{i}"), ("lon", $"{Lon + i * 0.004}")))).Status);
        var client = app.CreateClient();
        using var refused = await client.PostAsync("/api/report", Form(null, ("phone", "13912345679")));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.RetryAfter!.ToString()) > 3000, "about an hour");
        Assert.Contains("分钟后", await refused.Content.ReadAsStringAsync());
        Assert.Equal(2, await CountAsync("complaint") + await CountAsync("complaint_report"));
    }

    [Fact]
    public async Task Reports_beyond_the_limit_per_phone_are_refused_while_another_phone_still_reports()
    {
        var app = With(("Zones:Report:ReportsPerPhone", "1"));
        var first = await SendAsync(app, Form());
        var again = await SendAsync(app, Form(null, ("phone", "+86 139 1234 5678")));
        var other = await SendAsync(app, Form(null, ("phone", "13800000000")));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK), (first.Status, again.Status, other.Status));
    }

    [Fact]
    public async Task The_status_shows_the_stage_and_public_notes_by_number_and_phone_digits_and_refuses_all_else_alike()
    {
        var id = (await SendAsync(_app, Form())).Body.GetProperty("caseNumber").GetString()!;
        await SendAsync(_app, Form(null, ("category", "E0102"), ("lon", $"{Lon + 0.004}"), ("phone", null)));
        var noPhone = await Kit.ScalarAsync<string>($"SELECT zones.public_case_id(township_code, case_number) FROM zones.complaint WHERE township_code = '{Township}' AND reporter_phone IS NULL");
        var (ok, shown) = await SendAsync(_app, null, $"status?id={id}&phone4=5678");
        Assert.Equal((HttpStatusCode.OK, "已收到，正在受理", 1), (ok, shown.GetProperty("stage").GetString(), shown.GetProperty("step").GetInt32()));
        var refusals = new[] { $"status?id={id}&phone4=5679", $"status?id={Township}-E0107202601010001&phone4=5678", $"status?id={noPhone}&phone4=0000" };
        var answers = await Task.WhenAll(refusals.Select(q => SendAsync(_app, null, q)));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.Status));
        Assert.Single(answers.Select(a => a.Body.ToString()).Distinct());
        Assert.DoesNotContain("phone", shown.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Status_look_ups_beyond_the_limit_per_address_get_429()
    {
        var app = With(("Zones:Report:StatusLookupsPerAddress", "2"));
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            answers.Add((await SendAsync(app, null, $"status?id=E0107202601010001&phone4=000{i}")).Status);
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task The_categories_at_a_point_are_the_townships_short_list_with_its_time_limits()
    {
        var (_, here) = await SendAsync(_app, null, $"categories?lon={Lon}&lat={Lat}");
        var (_, nowhere) = await SendAsync(_app, null, "categories?lon=10&lat=10");
        var first = here.GetProperty("categories")[0];
        Assert.Equal(("测试镇", "前塘村", "E0107", "垃圾桶满了", "4 个工作时内处理"), (here.GetProperty("township").GetString(), here.GetProperty("zone").GetString(),
            first.GetProperty("serviceCode").GetString(), first.GetProperty("label").GetString(), first.GetProperty("promise").GetString()));
        Assert.Equal(JsonValueKind.Null, nowhere.GetProperty("township").ValueKind);
        Assert.True(nowhere.GetProperty("categories").GetArrayLength() >= 6);
    }
}
