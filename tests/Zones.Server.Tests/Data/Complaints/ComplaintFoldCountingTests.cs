using Zones.Server.Data.Analysis;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Query;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Complaints.ComplaintKit;

namespace Zones.Server.Tests.Data.Complaints;

/// <summary>
/// A folded case counts once (issue #14 §3): heat map, indicators and the open and overdue lists read
/// complaint rows, and folded reports are no complaint rows. Three 部件 reports 0, 20 and 45 m apart make
/// one case with three reporters; a fourth 60 m away makes a second case.
/// </summary>
[Collection(PostgisCollection.Name)]
public class ComplaintFoldCountingTests(PostgisFixture pg) : ComplaintTownshipTests(pg)
{
    readonly Npgsql.NpgsqlDataSource _db = pg.DataSource;

    HeatmapService Heatmap => new(_db, new ListQuery(_db), new AnalysisLane(_db));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var m in new[] { 0, 20, 45, 60 })
            await Kit.ReportAsync(Report(120.003, 30.003 + m / 110852.0, "0303", "component", "公厕指示牌倒了"));
    }

    HeatmapRequest Heat(int daysLater = 0) =>
        new() { TownshipCodes = [Township], CellSizeM = 1000, Now = Friday1700.AddHours(1).AddDays(daysLater) };

    [Fact]
    public async Task The_four_reports_are_two_cases_with_three_and_one_reporters() =>
        Assert.Equal(new[] { 1, 3 }, await Kit.ScalarAsync<int[]>(
            $"SELECT array_agg(reporter_count ORDER BY reporter_count) FROM zones.complaint WHERE township_code = '{Township}'"));

    [Fact]
    public async Task The_heat_map_total_counts_the_folded_case_once() =>
        Assert.Equal(2, (await Heatmap.CellsAsync(Heat(), default)).Total);

    [Fact]
    public async Task The_open_and_overdue_lists_hold_each_case_once()
    {
        Assert.Equal(2, (await Heatmap.OldestOpenAsync(Heat(), 100, default)).Count);
        // 公厕指示牌损坏: 5 working days, so three weeks later both cases are late.
        Assert.Equal(2, (await Heatmap.OverdueAsync(Heat(daysLater: 21), 100, default)).Count);
    }

    [Fact]
    public async Task The_indicators_count_two_reported_cases()
    {
        var rows = await new IndicatorService(new AnalysisLane(_db)).RowsAsync(
            new IndicatorRequest { TownshipCodes = [Township], GroupBy = IndicatorGroup.Township, Now = Friday1700.AddDays(21) }, default);
        Assert.Equal((2, 2), (Assert.Single(rows).Reported, rows[0].OverdueOpen));
    }
}
