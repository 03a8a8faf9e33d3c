using System.Globalization;
using System.Text.Json;
using Zones.Server.Tests.Data.Editing;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema.Mutations;

/// <summary>importFeatures in the hand-built township: a good CSV is written, a bad row writes nothing, roles.</summary>
[Collection(MutationDatabase.Collection)]
public class TransferMutationTests(MutationDatabase db) : MutationTest(db)
{
    const string Report = "report { target format dryRun read accepted rejected written succeeded problems { row field value code message messageEn } warnings { code } }";

    /// <summary>"lon,lat" of a point given in the township's local metres.</summary>
    static string LonLat(double x, double y)
    {
        var c = TestTownship.Local(FormattableString.Invariant($"POINT({x} {y})")).Coordinate;
        return string.Create(CultureInfo.InvariantCulture, $"{c.X:0.0000000},{c.Y:0.0000000}");
    }

    string Input(string csv, bool dryRun = false) =>
        $"target: ASSETS, townshipCode: \"{Town.Code}\", content: {JsonSerializer.Serialize(csv)}, dryRun: {(dryRun ? "true" : "false")}";

    Task<long> AssetCountAsync() => Town.ScalarAsync<long>("SELECT count(*) FROM zones.asset WHERE township_code = $1");

    [Fact]
    public async Task A_CSV_of_two_bins_is_written()
    {
        var csv = $"编号,类型,经度,纬度\nXB-0001,垃圾箱,{LonLat(400, 400)}\nXB-0002,垃圾箱,{LonLat(600, 600)}\n";
        var report = Ok(await MutateAsync("importFeatures", Input(csv), Report, Planner), "report");
        Assert.Equal(("ASSETS", "CSV", 2, 2, 0, 2, true), (report.GetProperty("target").GetString(), report.GetProperty("format").GetString(),
            report.GetProperty("read").GetInt32(), report.GetProperty("accepted").GetInt32(), report.GetProperty("rejected").GetInt32(),
            report.GetProperty("written").GetInt32(), report.GetProperty("succeeded").GetBoolean()));
        Assert.Equal(0, report.GetProperty("problems").GetArrayLength());
        Assert.Equal(2, await AssetCountAsync());
    }

    [Fact]
    public async Task A_dry_run_checks_and_writes_nothing()
    {
        var csv = $"编号,类型,经度,纬度\nXD-0001,垃圾箱,{LonLat(400, 400)}\n";
        var report = Ok(await MutateAsync("importFeatures", Input(csv, dryRun: true), Report, Planner), "report");
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal((1, 0), (report.GetProperty("accepted").GetInt32(), report.GetProperty("written").GetInt32()));
        Assert.Equal(0, await AssetCountAsync());
    }

    [Fact]
    public async Task A_file_with_a_bad_row_writes_nothing_and_names_the_row_and_the_reason()
    {
        var csv = $"编号,类型,经度,纬度\nXR-0001,垃圾箱,{LonLat(400, 400)}\nXR-0002,飞船,{LonLat(600, 600)}\n";
        var report = Ok(await MutateAsync("importFeatures", Input(csv), Report, Planner), "report");
        Assert.Equal((2, 1, 1, 0, false), (report.GetProperty("read").GetInt32(), report.GetProperty("accepted").GetInt32(),
            report.GetProperty("rejected").GetInt32(), report.GetProperty("written").GetInt32(), report.GetProperty("succeeded").GetBoolean()));
        var problem = Assert.Single(report.GetProperty("problems").EnumerateArray());
        Assert.Equal(3, problem.GetProperty("row").GetInt32());   // Excel's row: the header is row 1
        Assert.Equal("类型", problem.GetProperty("field").GetString());
        Assert.Equal("飞船", problem.GetProperty("value").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("messageEn").GetString()));
        Assert.Equal(0, await AssetCountAsync());
    }

    [Fact]
    public async Task A_mapping_names_columns_the_defaults_do_not_find()
    {
        var csv = $"设备号,种类,lon,lat\nXM-0001,垃圾箱,{LonLat(500, 500)}\n";
        var report = Ok(await MutateAsync("importFeatures",
            $"{Input(csv)}, format: CSV, crs: \"WGS84\", mapping: [{{ field: \"identifier\", column: \"设备号\" }}, {{ field: \"kind\", column: \"种类\" }}]",
            Report, Planner), "report");
        Assert.True(report.GetProperty("succeeded").GetBoolean(), report.ToString());
        Assert.Equal(1, report.GetProperty("written").GetInt32());
    }

    [Fact]
    public async Task A_viewer_is_forbidden()
    {
        var csv = $"编号,类型,经度,纬度\nXV-0001,垃圾箱,{LonLat(400, 400)}\n";
        Error(await MutateAsync("importFeatures", Input(csv), "report { written }", Viewer), "ForbiddenError");
        Error(await MutateAsync("importFeatures", Input(csv), "report { written }", null), "ForbiddenError");
        Assert.Equal(0, await AssetCountAsync());
    }

    [Fact]
    public async Task Content_over_the_cap_is_invalid_input()
    {
        var content = "编号,类型,经度,纬度\n" + new string('x', Zones.Server.Schema.Mutations.TransferMutations.MaxContentBytes);
        var result = await Db.App.ExecuteAsync("""
            mutation ($content: String!, $town: String!) {
              importFeatures(input: { target: ASSETS, townshipCode: $town, content: $content }) {
                report { written } errors { __typename ... on UserError { code message path } }
              }
            }
            """, new Dictionary<string, object?> { ["content"] = content, ["town"] = Town.Code }, Planner);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var error = Error(result.GetProperty("data").GetProperty("importFeatures"), "InvalidInputError");
        Assert.Contains("20 MB", error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("importFeatures").GetProperty("report").ValueKind);
    }

    [Fact]
    public async Task A_road_import_reports_the_segments_of_each_line()
    {
        var csv = $"code,name,class,wkt\nX1,东西街,branch,\"LINESTRING({LonLat(300, 700).Replace(',', ' ')}, {LonLat(500, 700).Replace(',', ' ')})\"\n" +
                  $"X2,南北街,branch,\"LINESTRING({LonLat(400, 600).Replace(',', ' ')}, {LonLat(400, 800).Replace(',', ' ')})\"\n";
        var report = Ok(await MutateAsync("importFeatures", Input(csv).Replace("ASSETS", "ROADS"), "report { written segments { row code pieces } }", Planner), "report");
        Assert.Equal("4: 2 X1 2, 3 X2 2", $"{report.GetProperty("written")}: " + string.Join(", ", report.GetProperty("segments").EnumerateArray()
            .Select(s => $"{s.GetProperty("row")} {s.GetProperty("code").GetString()} {s.GetProperty("pieces")}")));
    }

    [Fact]
    public async Task A_snap_tolerance_of_metres_is_refused()
    {
        var csv = $"code,name,level,wkt\n999999001000901,甲村,village,\"POLYGON(({LonLat(300, 300).Replace(',', ' ')}, {LonLat(400, 300).Replace(',', ' ')}, {LonLat(400, 400).Replace(',', ' ')}, {LonLat(300, 300).Replace(',', ' ')}))\"\n";
        var report = Ok(await MutateAsync("importFeatures", Input(csv).Replace("ASSETS", "ZONES") + ", snapToleranceM: 9", "report { problems { code } topology { kind } }", Planner), "report");
        Assert.Equal("INVALID_SNAP_TOLERANCE", report.GetProperty("problems")[0].GetProperty("code").GetString());
    }
}
