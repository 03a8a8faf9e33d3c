using System.Text;
using Zones.Server.Tests.Data.Transfer;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Cli;

/// <summary><c>import</c> and <c>export</c> through the real server binary: exit codes and what they print.</summary>
[Collection(TransferCollection.Name)]
public class TransferCommandTests(TransferDatabase db) : TransferTests(db)
{
    Task<ProcessRunner.Result> ImportAsync(string sample, params string[] options) =>
        ProcessRunner.RunServerAsync(Db.ConnectionString,
            ["import", TransferDatabase.Sample(sample), "--into", "assets", "--township", TransferDatabase.Township, .. options]);

    [Fact]
    public async Task Import_writes_the_sample_and_exits_0_with_the_report_in_Chinese_and_English()
    {
        var result = await ImportAsync("assets_gk_zone40.csv", "--crs", "EPSG:4528");
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Contains("已写入 6 条。 Wrote 6 rows.", result.Stdout);
        Assert.Equal(6, await Db.CountAsync("asset"));
    }

    [Fact]
    public async Task Rejected_rows_exit_1_are_each_printed_and_nothing_is_written()
    {
        var report = Path.Combine(Path.GetTempPath(), $"rejected-{Guid.NewGuid():N}.csv");
        var result = await ImportAsync("assets_bad_rows.csv", "--report", report);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("第 3 行 row 3 · 类型 = \"垃圾筒\"", result.Stdout);
        Assert.Contains("Nothing was written (all or nothing): 6 row(s) rejected.", result.Stdout);
        Assert.Equal(0, await Db.CountAsync("asset"));
        Assert.Equal(1 + 6, File.ReadAllText(report).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        File.Delete(report);
    }

    [Fact]
    public async Task A_dry_run_exits_0_and_writes_nothing()
    {
        var result = await ImportAsync("assets_gk_zone40.csv", "--crs", "EPSG:4528", "--dry-run");
        Assert.Equal((0, 0L), (result.ExitCode, await Db.CountAsync("asset")));
        Assert.Contains("Dry run: every row passes", result.Stdout);
    }

    [Fact]
    public async Task Bad_usage_exits_64_with_the_usage()
    {
        var result = await ProcessRunner.RunServerAsync(Db.ConnectionString, "import", "x.csv", "--township", TransferDatabase.Township);
        Assert.Equal(64, result.ExitCode);
        Assert.Contains("--into must be zones, roads, assets, complaints, built_up_areas, units, people, assignments, shops or places", result.Stderr);
        Assert.Contains("usage: zones import <file|->", result.Stderr);
    }

    [Fact]
    public async Task Export_writes_a_CSV_file_Excel_opens_in_Chinese()
    {
        var file = Path.Combine(Path.GetTempPath(), $"roads-{Guid.NewGuid():N}.csv");
        var result = await ProcessRunner.RunServerAsync(Db.ConnectionString, "export", "roads", "--township", TransferDatabase.Township, "--out", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Exported 1 roads", result.Stderr);
        Assert.Equal("\uFEFF编码,名称,等级,长度（米）,乡镇代码,WKT\r\nR001,人民路,主干路,954.69,999999004000,\"LINESTRING(119.8 31.035,119.81 31.035)\"\r\n",
                     Encoding.UTF8.GetString(File.ReadAllBytes(file)));
        File.Delete(file);
    }
}
