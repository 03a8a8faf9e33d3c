using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SkiaSharp;
using Zones.Server.Tests.Data.Photos;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http;

/// <summary>A database of its own for the photo endpoints: the demo (public) and the second township (not public).</summary>
public sealed class PhotoHttpDatabase() : TwoTownshipsDatabase("_photos");

/// <summary>
/// Photos on cases over HTTP and GraphQL (issue #14 §2): staff upload 整改前 / 整改后 photos at the
/// disposing steps, all files of a request or none; the photos are served with the case's access rules
/// (Data/Photos/PhotoVisibility.cs): 整改前 only to the township's staff, 整改后 to whoever reads the case.
/// </summary>
[Collection(PostgisCollection.Name)]
public class PhotoEndpointTests(PhotoHttpDatabase db) : IClassFixture<PhotoHttpDatabase>, IAsyncLifetime
{
    static int _serial = Random.Shared.Next(100_000, 900_000);

    ZonesApplication _app = null!;
    SignedInClients _clients = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(db.ConnectionString);
        _clients = new SignedInClients(_app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    // A fresh case of the demo at the spot of one of its cases, in the given stage, handled by nobody in particular.
    Task<long> CaseAsync(string stage) => db.DataSource.ScalarAsync<long>("""
        INSERT INTO zones.complaint (township_code, case_number, geom, category_kind, category_code, source, description, stage, reported_at, deadline)
        SELECT township_code, $1, geom, 'event', '0102', 'citizen', '照片测试案卷', $2, now() - interval '1 hour', now() + interval '3 days'
        FROM zones.complaint WHERE township_code = $3 ORDER BY id LIMIT 1
        RETURNING id
        """, $"E010220990101{Interlocked.Increment(ref _serial):D6}", stage, db.DemoCode);

    async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(string? caller, long caseId, string phase, params (string Name, byte[] Bytes)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(part, "photo", name);
        }
        using var response = await (await _clients.ForAsync(caller)).PostAsync($"/api/complaints/{caseId}/photos?phase={phase}", form);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    async Task<long> UploadOneAsync(long caseId, string phase) =>
        long.Parse((await UploadAsync("planner", caseId, phase, ("a.jpg", TestImages.Jpeg(600, 400)))).Body.GetProperty("photos")[0].GetProperty("id").GetString()!);

    async Task<HttpResponseMessage> GetAsync(string? caller, string path) => await (await _clients.ForAsync(caller)).GetAsync(path);

    Task<long> PhotoCountAsync(long caseId) => db.DataSource.ScalarAsync<long>("SELECT count(*) FROM zones.complaint_photo WHERE complaint_id = $1", caseId);

    [Fact]
    public async Task A_planner_attaches_two_before_photos_in_one_request_and_gets_them_back_without_exif()
    {
        var caseId = await CaseAsync("dispatched");
        var withGps = TestImages.WithExif(TestImages.Jpeg(3000, 2000), 1, 30.95, 119.90, "2026:05:01 09:30:00");

        var (status, body) = await UploadAsync("planner", caseId, "before", ("1.jpg", withGps), ("2.png", TestImages.Png(500, 500)));

        Assert.Equal(HttpStatusCode.Created, status);
        var first = body.GetProperty("photos")[0];
        Assert.Equal((2048, 1365), (first.GetProperty("width").GetInt32(), first.GetProperty("height").GetInt32()));
        using var jpeg = await GetAsync("planner", first.GetProperty("url").GetString()!);
        var bytes = await jpeg.Content.ReadAsByteArrayAsync();
        Assert.Equal(("image/jpeg", false), (jpeg.Content.Headers.ContentType!.MediaType, TestImages.ContainsExif(bytes)));
        using var thumb = SKBitmap.Decode(await (await GetAsync("planner", first.GetProperty("thumbnailUrl").GetString()!)).Content.ReadAsByteArrayAsync());
        Assert.Equal((320, 213), (thumb.Width, thumb.Height));
        Assert.Equal(2, await PhotoCountAsync(caseId));
    }

    [Fact]
    public async Task A_heic_portrait_from_an_iphone_is_stored_as_an_upright_jpeg_without_exif()
    {
        var caseId = await CaseAsync("dispatched");
        var heic = HeicFiles.Heic(400, 200, TestImages.ExifTiff(6, 30.95, 119.90, "2026:05:01 09:30:00"), orientation: 6);

        var (status, body) = await UploadAsync("planner", caseId, "before", ("IMG_0001.HEIC", heic));

        Assert.Equal(HttpStatusCode.Created, status);
        var first = body.GetProperty("photos")[0];
        Assert.Equal((200, 400), (first.GetProperty("width").GetInt32(), first.GetProperty("height").GetInt32()));
        using var jpeg = await GetAsync("planner", first.GetProperty("url").GetString()!);
        var bytes = await jpeg.Content.ReadAsByteArrayAsync();
        using var served = SKBitmap.Decode(bytes);
        Assert.Equal(("image/jpeg", false, 200, 400), (jpeg.Content.Headers.ContentType!.MediaType, TestImages.ContainsExif(bytes), served.Width, served.Height));
    }

    [Fact]
    public async Task One_file_that_is_not_an_image_stores_none_and_the_answer_names_it()
    {
        var caseId = await CaseAsync("disposing");

        var (status, body) = await UploadAsync("planner", caseId, "after", ("good.jpg", TestImages.Jpeg(300, 200)), ("合同.pdf", "%PDF-1.4 not a photo"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("照片“合同.pdf”", body.GetProperty("description").GetString());
        Assert.Equal(0, await PhotoCountAsync(caseId));
    }

    [Fact]
    public async Task Before_photos_are_for_the_townships_staff_and_after_photos_for_every_reader()
    {
        var caseId = await CaseAsync("disposing");
        var (before, after) = (await UploadOneAsync(caseId, "before"), await UploadOneAsync(caseId, "after"));

        foreach (var (caller, seesBefore) in new[] { ((string?)null, false), ("viewer", true), ("s2-planner", false), ("key:" + SecondTownship.HotlineKey, false) })
        {
            Assert.Equal((caller, seesBefore ? HttpStatusCode.OK : HttpStatusCode.NotFound), (caller, (await GetAsync(caller, $"/api/photos/{before}")).StatusCode));
            Assert.Equal((caller, HttpStatusCode.OK), (caller, (await GetAsync(caller, $"/api/photos/{after}/thumbnail")).StatusCode));
        }
    }

    [Fact]
    public async Task Photos_of_a_non_public_township_are_hidden_from_staff_of_another_township()
    {
        var caseId = db.Second.ComplaintId;
        await db.DataSource.ExecAsync("UPDATE zones.complaint SET stage = 'disposing' WHERE id = $1", caseId);
        var (status, body) = await UploadAsync("s2-planner", caseId, "after", ("a.jpg", TestImages.Jpeg(300, 200)));
        var id = body.GetProperty("photos")[0].GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("planner", $"/api/photos/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(null, $"/api/photos/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync("planner", caseId, "after", ("b.jpg", TestImages.Jpeg(30, 20)))).Status);
    }

    [Fact]
    public async Task Public_photos_may_be_cached_by_anyone_staff_only_photos_by_the_browser_and_a_revalidation_answers_304()
    {
        var caseId = await CaseAsync("disposing");
        var (before, after) = (await UploadOneAsync(caseId, "before"), await UploadOneAsync(caseId, "after"));

        using var open = await GetAsync(null, $"/api/photos/{after}");
        using var staff = await GetAsync("planner", $"/api/photos/{before}");
        Assert.True(open.Headers.CacheControl!.Public);
        Assert.True(staff.Headers.CacheControl!.Private);
        var again = new HttpRequestMessage(HttpMethod.Get, $"/api/photos/{before}") { Headers = { IfNoneMatch = { staff.Headers.ETag! } } };
        Assert.Equal(HttpStatusCode.NotModified, (await (await _clients.ForAsync("planner")).SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Uploads_need_a_sign_in_a_handling_role_and_a_step_where_that_phase_is_taken()
    {
        var (received, dispatched) = (await CaseAsync("received"), await CaseAsync("dispatched"));
        var photo = ("a.jpg", TestImages.Jpeg(60, 40));

        Assert.Equal(HttpStatusCode.Unauthorized, (await UploadAsync(null, dispatched, "before", photo)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync("viewer", dispatched, "before", photo)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await UploadAsync("planner", received, "before", photo)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await UploadAsync("planner", dispatched, "after", photo)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync("planner", dispatched, "report", photo)).Status);
        Assert.Equal(0, await PhotoCountAsync(received) + await PhotoCountAsync(dispatched));
    }

    [Fact]
    public async Task Complaint_photos_in_graphql_follow_the_same_rule()
    {
        var caseId = await CaseAsync("disposing");
        await UploadOneAsync(caseId, "before");
        await UploadOneAsync(caseId, "after");
        var query = new { query = $"{{ complaint(id: {caseId}) {{ photos {{ phase url thumbnailUrl width }} }} }}" };

        var staff = await (await (await _clients.ForAsync("planner")).PostAsJsonAsync("/graphql", query)).Content.ReadAsStringAsync();
        var open = await (await (await _clients.ForAsync(null)).PostAsJsonAsync("/graphql", query)).Content.ReadAsStringAsync();

        Assert.Contains("\"BEFORE\"", staff);
        Assert.Contains("\"AFTER\"", staff);
        Assert.DoesNotContain("\"BEFORE\"", open);
        Assert.Contains("\"AFTER\"", open);
    }
}
