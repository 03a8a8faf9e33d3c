using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;
using Zones.Server.Tests.Data.Transfer;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Transfer.SurveyFiles;

namespace Zones.Server.Tests.Http;

/// <summary>A database of its own for the import endpoints: the demo and the second township.</summary>
public sealed class ImportHttpDatabase() : TwoTownshipsDatabase("_import_http");

/// <summary>
/// The import wizard over HTTP and GraphQL (issue #11 §2–4): raw files posted to /import/inspect and
/// /import/{target}, the .xlsx templates, and /export/all.xlsx, with the auth and scope of every import.
/// </summary>
[Collection(PostgisCollection.Name)]
public class ImportEndpointTests(ImportHttpDatabase db) : IClassFixture<ImportHttpDatabase>, IAsyncLifetime
{
    ZonesApplication _app = null!;
    SignedInClients _clients = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(db.ConnectionString);
        _clients = new SignedInClients(_app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string? caller, string path, byte[] file)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await (await _clients.ForAsync(caller)).PostAsync(path, content);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>A GBK Shapefile in zone 40 of one village inside the demo's first area (code and a point inside it from PostGIS).</summary>
    async Task<byte[]> VillageShapefileAsync()
    {
        var (area, lon, lat) = (await db.DataSource.ScalarAsync<string>($"SELECT code FROM zones.zone WHERE township_code = '{db.DemoCode}' AND level = 'area' ORDER BY code LIMIT 1"),
            await db.DataSource.ScalarAsync<double>($"SELECT ST_X(ST_PointOnSurface(geom)) FROM zones.zone WHERE township_code = '{db.DemoCode}' AND level = 'area' ORDER BY code LIMIT 1"),
            await db.DataSource.ScalarAsync<double>($"SELECT ST_Y(ST_PointOnSurface(geom)) FROM zones.zone WHERE township_code = '{db.DemoCode}' AND level = 'area' ORDER BY code LIMIT 1"));
        var square = Project(4528, (lon - 0.0003, lat - 0.0003), (lon + 0.0003, lat - 0.0003), (lon + 0.0003, lat + 0.0003), (lon - 0.0003, lat + 0.0003));
        return ShapefileZip([(square, new() { ["编码"] = area + "901", ["名称"] = "测试村", ["层级"] = "村", ["上级编码"] = area })], Gbk, Zone40Prj, "GBK");
    }

    [Fact]
    public async Task Inspect_tells_format_CRS_encoding_columns_preview_and_the_default_mapping()
    {
        var (status, body) = await PostAsync("planner", "/import/inspect?target=zones&fileName=村界.zip", await VillageShapefileAsync());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("SHAPEFILE EPSG:4528 file GB18030", string.Join(' ', new[] { "format", "crs", "crsSource", "encoding" }.Select(p => body.GetProperty(p).GetString())));
        Assert.Equal("编码,名称,层级,上级编码", string.Join(',', body.GetProperty("columns").EnumerateArray().Select(c => c.GetString())));
        Assert.Equal("测试村", body.GetProperty("preview")[0][1].GetString());
        Assert.Contains(body.GetProperty("mapping").EnumerateArray(), m => m.GetProperty("field").GetString() == "parent_code" && m.GetProperty("column").GetString() == "上级编码");
        Assert.Contains(body.GetProperty("fields").EnumerateArray(), f => f.GetProperty("label").GetString() == "层级" && f.GetProperty("required").GetBoolean());
    }

    [Fact]
    public async Task A_Shapefile_posted_raw_passes_a_dry_run_in_the_planners_township()
    {
        var (status, body) = await PostAsync("planner", $"/import/zones?township={db.DemoCode}&dryRun=true", await VillageShapefileAsync());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("succeeded").GetBoolean(), body.ToString());
        Assert.Equal(("ZONES", "SHAPEFILE", 1), (body.GetProperty("target").GetString(), body.GetProperty("format").GetString(), body.GetProperty("accepted").GetInt32()));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("viewer", HttpStatusCode.Forbidden)]
    [InlineData("cadre", HttpStatusCode.Forbidden)]
    public async Task Only_planners_and_admins_may_import_or_inspect(string? caller, HttpStatusCode expected)
    {
        var file = await VillageShapefileAsync();
        Assert.Equal(expected, (await PostAsync(caller, $"/import/zones?township={db.DemoCode}&dryRun=true", file)).Status);
        Assert.Equal(expected, (await PostAsync(caller, "/import/inspect", file)).Status);
    }

    [Fact]
    public async Task A_planner_of_the_demo_cannot_import_into_another_township()
    {
        var (status, body) = await PostAsync("planner", $"/import/zones?township={SecondTownship.Code}&dryRun=true", await VillageShapefileAsync());
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("FORBIDDEN", body.GetProperty("problems")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_file_over_50_MB_is_answered_413_with_what_to_do()
    {
        var (status, body) = await PostAsync("planner", $"/import/zones?township={db.DemoCode}", new byte[(50 << 20) + 1]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("50 MB", body.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("zones")]
    [InlineData("assets")]
    public async Task A_template_has_our_Chinese_headers_an_example_and_notes_and_its_headers_import_back(string target)
    {
        using var response = await _app.CreateClient().GetAsync($"/import/templates/{target}.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = await response.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(file);
        Assert.Contains("说明", MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        Assert.Single(MiniExcel.Query(stream, useHeaderRow: true));
        var (_, report) = await PostAsync("planner", $"/import/{target}?township={db.DemoCode}&dryRun=true", file);
        var codes = report.GetProperty("problems").EnumerateArray().Concat(report.GetProperty("warnings").EnumerateArray()).Select(p => p.GetProperty("code").GetString());
        Assert.DoesNotContain("MISSING_COLUMN", codes);
        Assert.DoesNotContain("IGNORED_COLUMNS", codes);
    }

    [Fact]
    public async Task All_layers_export_to_one_workbook_with_a_frozen_header_on_each_sheet()
    {
        using var response = await (await _clients.ForAsync("planner")).GetAsync($"/export/all.xlsx?township={db.DemoCode}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(["片区", "建成区", "路段", "单位", "人员", "门店", "场所", "部件", "包联", "案卷"], MiniExcel.GetSheetNames(new MemoryStream(file)));
        using var zip = new ZipArchive(new MemoryStream(file));
        var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        Assert.Contains("ySplit=\"1\"", sheet);
        Assert.Contains("width=", sheet);
    }

    [Fact]
    public async Task GraphQL_inspectImport_and_importTemplates_answer_planners()
    {
        var client = await _clients.ForAsync("planner");
        var query = """
            query($f: String!) { inspectImport(input: {contentBase64: $f, target: ZONES}) { format crs encoding rows columns }
                                 importTemplates { target label url } }
            """;
        using var response = await client.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new
            { query, variables = new { f = Convert.ToBase64String(await VillageShapefileAsync()) } }), Encoding.UTF8, "application/json"));
        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        Assert.Equal("SHAPEFILE", data.GetProperty("inspectImport").GetProperty("format").GetString());
        Assert.Equal(1, data.GetProperty("inspectImport").GetProperty("rows").GetInt32());
        Assert.Contains(data.GetProperty("importTemplates").EnumerateArray(), t => t.GetProperty("url").GetString() == "/import/templates/zones.xlsx");
    }
}
