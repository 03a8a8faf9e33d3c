using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zones.Server.Data;
using Zones.Server.Data.Demo;
using Zones.Server.Data.Photos;
using Zones.Server.Tests.Data.Photos;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http;

/// <summary>A database of its own for the photo folder: its sweeps and moves touch every photo of the database.</summary>
public sealed class PhotoFolderDatabase() : TwoTownshipsDatabase("_photo_folder");

/// <summary>
/// Photos in a configured folder (<c>Zones:Photos:Folder</c>, migration 0032): every upload path writes two files
/// and a row with the key and no bytes; they are served with the same ETag and visibility as photos in the
/// database; a rolled-back transaction leaves files only the sweep removes; a bad folder stops the server;
/// <c>zones photos move-to-folder</c> moves database photos byte for byte; both kinds of rows are served side by side.
/// Real files in a temp folder, the real server binary for the CLI.
/// </summary>
[Collection(PostgisCollection.Name)]
public class PhotoFolderTests(PhotoFolderDatabase db) : IClassFixture<PhotoFolderDatabase>, IAsyncLifetime
{
    static int _serial = Random.Shared.Next(100_000, 900_000);

    // Points inside villages of the demo township (as the Open311 tests use them).
    static readonly (double Lon, double Lat) Badu = (119.805272, 31.055994), Wushan = (119.787431, 31.051025);

    readonly string _folder = Path.Combine(Path.GetTempPath(), "zones-photo-folder-" + Guid.NewGuid().ToString("N"));
    ZonesApplication _app = null!;
    ZonesApplication _inDatabase = null!;
    SignedInClients _clients = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(db.ConnectionString, ("Zones:Photos:Folder", _folder));
        _inDatabase = new ZonesApplication(db.ConnectionString);
        _clients = new SignedInClients(_app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _inDatabase.DisposeAsync();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    Task<long> CaseAsync(string stage) => db.DataSource.ScalarAsync<long>("""
        INSERT INTO zones.complaint (township_code, case_number, geom, category_kind, category_code, source, description, stage, reported_at, deadline)
        SELECT township_code, $1, geom, 'event', '0102', 'citizen', '照片文件夹测试', $2, now() - interval '1 hour', now() + interval '3 days'
        FROM zones.complaint WHERE township_code = $3 ORDER BY id LIMIT 1
        RETURNING id
        """, $"E010220990102{Interlocked.Increment(ref _serial):D6}", stage, db.DemoCode);

    static MultipartFormDataContent Photos(string field, params byte[][] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (bytes, i) in files.Select((b, i) => (b, i)))
            form.Add(new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("image/jpeg") } }, field, $"p{i}.jpg");
        return form;
    }

    /// <summary>Staff photos of one phase through <c>POST /api/complaints/{id}/photos</c>; the ids stored, or none.</summary>
    async Task<(HttpStatusCode Status, long[] Ids)> UploadAsync(ZonesApplication app, long caseId, string phase, params byte[][] files)
    {
        using var response = await (await new SignedInClients(app).ForAsync("planner")).PostAsync($"/api/complaints/{caseId}/photos?phase={phase}", Photos("photo", files));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, response.IsSuccessStatusCode
            ? [.. body.GetProperty("photos").EnumerateArray().Select(p => long.Parse(p.GetProperty("id").GetString()!))] : []);
    }

    Task<string?> KeyAsync(long id) =>
        db.DataSource.ScalarAsync<string?>("SELECT file_key FROM zones.complaint_photo WHERE id = $1 AND jpeg IS NULL AND thumbnail IS NULL", id);

    Task<long[]> PhotoIdsAsync(string where) =>
        db.DataSource.ScalarAsync<long[]>($"SELECT coalesce(array_agg(id ORDER BY id), '{{}}') FROM zones.complaint_photo WHERE {where}");

    string[] Files() => Directory.Exists(_folder)
        ? [.. Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_folder, f)).Order()]
        : [];

    async Task<byte[]> GetBytesAsync(string? caller, string path, ZonesApplication? app = null)
    {
        using var response = await (await new SignedInClients(app ?? _app).ForAsync(caller)).GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} as {caller ?? "anonymous"} → {(int)response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The photo is in the folder only (row without bytes, two files) and both URLs serve the files' bytes.</summary>
    async Task AssertServedFromFolderAsync(long id)
    {
        var key = await KeyAsync(id);
        Assert.NotNull(key);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(_folder, key)), await GetBytesAsync("planner", $"/api/photos/{id}"));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(_folder, PhotoFolder.ThumbnailOf(key))), await GetBytesAsync("planner", $"/api/photos/{id}/thumbnail"));
    }

    [Fact]
    public async Task A_staff_upload_writes_two_files_per_photo_and_rows_without_bytes_served_with_etag_and_the_same_visibility()
    {
        var caseId = await CaseAsync("disposing");
        var (_, before) = await UploadAsync(_app, caseId, "before", TestImages.Jpeg(600, 400));
        var (_, after) = await UploadAsync(_app, caseId, "after", TestImages.Jpeg(500, 300));

        await AssertServedFromFolderAsync(before[0]);
        await AssertServedFromFolderAsync(after[0]);
        var name = (await KeyAsync(after[0]))![^36..^4];
        Assert.Equal(2, Files().Count(f => f.StartsWith(db.DemoCode) && f.Contains(name)));
        Assert.Equal(HttpStatusCode.NotFound, (await (await _clients.ForAsync(null)).GetAsync($"/api/photos/{before[0]}")).StatusCode);
        await GetBytesAsync(null, $"/api/photos/{after[0]}/thumbnail");
        var planner = await _clients.ForAsync("planner");
        var etag = (await planner.GetAsync($"/api/photos/{before[0]}")).Headers.ETag!;
        var again = new HttpRequestMessage(HttpMethod.Get, $"/api/photos/{before[0]}") { Headers = { IfNoneMatch = { etag } } };
        Assert.Equal(HttpStatusCode.NotModified, (await planner.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task A_resident_report_and_an_open311_media_upload_store_their_photos_in_the_folder_too()
    {
        var report = Form(Badu, ("category", "E0107"), ("description", "文件夹照片测试"), ("crs", "WGS84"));
        report.Add(new ByteArrayContent(TestImages.Jpeg(800, 600)), "photo", "r.jpg");
        var open311 = Form(Wushan, ("api_key", DemoAccounts.HotlineKey), ("service_code", "E0106"));
        open311.Add(new ByteArrayContent(TestImages.Png(700, 500)), "media", "m.png");
        var client = _app.CreateClient();
        var known = await PhotoIdsAsync("true");

        Assert.True((await client.PostAsync("/api/report", report)).IsSuccessStatusCode);
        Assert.True((await client.PostAsync("/open311/v2/requests.json", open311)).IsSuccessStatusCode);

        var added = (await PhotoIdsAsync("true")).Except(known).ToArray();
        Assert.Equal(2, added.Length);
        foreach (var id in added)
            await AssertServedFromFolderAsync(id);
    }

    static MultipartFormDataContent Form((double Lon, double Lat) at, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(at.Lon.ToString(CultureInfo.InvariantCulture)), fields.Any(f => f.Name == "api_key") ? "long" : "lon" },
            { new StringContent(at.Lat.ToString(CultureInfo.InvariantCulture)), "lat" },
        };
        foreach (var (name, value) in fields)
            form.Add(new StringContent(value), name);
        return form;
    }

    [Fact]
    public async Task A_bad_photo_among_good_ones_stores_no_row_and_writes_no_file()
    {
        var caseId = await CaseAsync("disposing");
        var files = Files();

        var (status, ids) = await UploadAsync(_app, caseId, "after", TestImages.Jpeg(300, 200), "%PDF-1.4 not a photo"u8.ToArray());

        Assert.Equal((HttpStatusCode.BadRequest, 0), (status, ids.Length));
        Assert.Empty(await PhotoIdsAsync($"complaint_id = {caseId}"));
        Assert.Equal(files, Files());
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_no_row_and_the_sweep_removes_its_files_but_never_a_referenced_one()
    {
        var caseId = await CaseAsync("disposing");
        var (_, kept) = await UploadAsync(_app, caseId, "after", TestImages.Jpeg(300, 200));
        var photo = _app.Services.GetRequiredService<PhotoEncoder>().Encode(TestImages.Jpeg(200, 100));
        var store = _app.Services.GetRequiredService<PhotoStore>();
        var files = Files();

        await db.DataSource.InTransactionAsync(Actor.System, async (conn, tx) =>
        {
            await store.AddAsync(conn, tx, db.DemoCode, caseId, PhotoPhases.After, photo, Actor.System, default);
            await store.AddAsync(conn, tx, db.DemoCode, caseId, PhotoPhases.After, photo, Actor.System, default);
            return false;
        }, commit => commit, default);
        Assert.Equal(kept, await PhotoIdsAsync($"complaint_id = {caseId}"));
        Assert.Equal(files.Length + 4, Files().Length);

        var swept = await _app.Services.GetRequiredService<PhotoSweeper>().SweepAsync(TimeSpan.Zero, default);

        Assert.Equal(4, swept.Deleted);
        Assert.Equal(files, Files());
        await AssertServedFromFolderAsync(kept[0]);
    }

    [Fact]
    public async Task Two_instances_sweeping_at_once_remove_each_orphan_once_and_keep_every_referenced_file()
    {
        var caseId = await CaseAsync("disposing");
        var (_, kept) = await UploadAsync(_app, caseId, "after", TestImages.Jpeg(300, 200));
        var orphans = Enumerable.Range(0, 6).Select(i => Path.Combine(_folder, db.DemoCode, "2025", "12", $"{i:x32}.jpg")).ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(orphans[0])!);
        orphans.ForEach(f => File.WriteAllText(f, "orphan"));
        await using var other = new ZonesApplication(db.ConnectionString, ("Zones:Photos:Folder", _folder));

        var runs = await Task.WhenAll(new[] { _app, other }.Select(a => a.Services.GetRequiredService<PhotoSweeper>().SweepAsync(TimeSpan.Zero, default)));

        Assert.Equal(orphans.Count, runs.Sum(r => r.Deleted));
        Assert.DoesNotContain(orphans, File.Exists);
        await AssertServedFromFolderAsync(kept[0]);
    }

    [Fact]
    public async Task A_missing_file_answers_404_in_words_to_whoever_may_see_the_photo()
    {
        var caseId = await CaseAsync("disposing");
        var (_, ids) = await UploadAsync(_app, caseId, "before", TestImages.Jpeg(300, 200));
        File.Delete(Path.Combine(_folder, (await KeyAsync(ids[0]))!));

        using var staff = await (await _clients.ForAsync("planner")).GetAsync($"/api/photos/{ids[0]}");
        using var anonymous = await (await _clients.ForAsync(null)).GetAsync($"/api/photos/{ids[0]}");

        Assert.Equal(HttpStatusCode.NotFound, staff.StatusCode);
        Assert.Contains("照片文件夹中找不到", await staff.Content.ReadAsStringAsync());
        Assert.DoesNotContain("文件夹", await anonymous.Content.ReadAsStringAsync());
        await GetBytesAsync("planner", $"/api/photos/{ids[0]}/thumbnail");
    }

    [Fact]
    public async Task A_photo_stored_in_the_database_is_still_served_once_the_folder_is_set()
    {
        var caseId = await CaseAsync("disposing");
        var (_, ids) = await UploadAsync(_inDatabase, caseId, "after", TestImages.Jpeg(400, 300));
        Assert.Null(await KeyAsync(ids[0]));

        Assert.Equal(await GetBytesAsync(null, $"/api/photos/{ids[0]}", _inDatabase), await GetBytesAsync(null, $"/api/photos/{ids[0]}"));
        Assert.Equal(await GetBytesAsync(null, $"/api/photos/{ids[0]}/thumbnail", _inDatabase), await GetBytesAsync(null, $"/api/photos/{ids[0]}/thumbnail"));
    }

    Task<ProcessRunner.Result> CliAsync(string folder, params string[] args) =>
        ProcessRunner.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "Zones.Server.dll"), .. args],
            new Dictionary<string, string> { ["ZONES_DATABASE_URL"] = db.ConnectionString, ["ASPNETCORE_ENVIRONMENT"] = "Production", [PhotoFolder.Setting] = folder });

    [Fact]
    public async Task Move_to_folder_moves_every_database_photo_byte_for_byte_in_batches_and_a_rerun_moves_nothing()
    {
        var caseId = await CaseAsync("disposing");
        var (_, ids) = await UploadAsync(_inDatabase, caseId, "after", TestImages.Jpeg(400, 300), TestImages.Png(300, 300), TestImages.Jpeg(200, 500));
        var bytes = await Task.WhenAll(ids.Select(id => GetBytesAsync("planner", $"/api/photos/{id}", _inDatabase)));
        var total = (await PhotoIdsAsync("file_key IS NULL")).Length;

        var run = await CliAsync(_folder, "photos", "move-to-folder", "--batch", "2");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains($"Moved {total}/{total}.", run.Stdout);
        Assert.Empty(await PhotoIdsAsync("file_key IS NULL"));
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            await AssertServedFromFolderAsync(id);
            Assert.Equal(bytes[i], await GetBytesAsync("planner", $"/api/photos/{id}"));
        }
        Assert.Contains("No photos left", (await CliAsync(_folder, "photos", "move-to-folder")).Stdout);
    }

    [Fact]
    public async Task The_sweep_command_removes_unreferenced_photo_and_temp_files_and_leaves_other_files_alone()
    {
        var caseId = await CaseAsync("disposing");
        var (_, ids) = await UploadAsync(_app, caseId, "after", TestImages.Jpeg(300, 200));
        var stray = Path.Combine(_folder, db.DemoCode, "2026", "01", new string('a', 32) + ".thumb.jpg");
        var cutOff = Path.Combine(_folder, db.DemoCode, "2026", "01", $".{new string('b', 32)}.jpg.0123abcd.tmp");
        var notOurs = Path.Combine(_folder, "README.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(stray)!);
        foreach (var file in new[] { stray, cutOff, notOurs })
            await File.WriteAllTextAsync(file, "不是照片");

        var run = await CliAsync(_folder, "photos", "sweep", "--min-age-hours", "0");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Equal((false, false, true), (File.Exists(stray), File.Exists(cutOff), File.Exists(notOurs)));
        await AssertServedFromFolderAsync(ids[0]);
    }

    [Fact]
    public async Task A_folder_that_cannot_be_created_or_is_relative_stops_the_server_naming_the_setting()
    {
        var file = Path.Combine(Path.GetTempPath(), $"zones-not-a-folder-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(file, "a file, not a folder");
        try
        {
            foreach (var folder in new[] { Path.Combine(file, "photos"), "relative/photos" })
            {
                await using var app = new ZonesApplication(db.ConnectionString, ("Zones:Photos:Folder", folder));
                Assert.ThrowsAny<Exception>(() => app.CreateClient());
                var binary = await CliAsync(folder, "--urls", "http://127.0.0.1:0");
                Assert.Equal(2, binary.ExitCode);
                Assert.Contains($"{PhotoFolder.Setting}（Zones:Photos:Folder）=“{folder}”：照片文件夹不可用，", binary.Stderr);
                Assert.DoesNotContain("   at ", binary.Stderr + binary.Stdout);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
