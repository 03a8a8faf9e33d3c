using Zones.Server.Data.Analysis;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>
/// The indicators on one hand-built township (<see cref="Scenario"/>), every figure worked out by hand.
/// Period: the last 30 days before <see cref="HeatDatabase.Now"/>.
/// </summary>
[Collection(HeatDatabase.Collection)]
public class IndicatorTests(HeatDatabase db)
{
    IndicatorService Service => new(new AnalysisLane(db.DataSource));

    Task<IReadOnlyList<IndicatorRow>> RowsAsync(HeatTownship t, IndicatorGroup group, long? zoneId = null) =>
        Service.RowsAsync(new IndicatorRequest { TownshipCodes = [t.Code], GroupBy = group, ZoneId = zoneId, From = HeatDatabase.Now.AddDays(-30), Now = HeatDatabase.Now }, default);

    static int[] Counts(IndicatorRow r) =>
        [r.Reported, r.ToDispose, r.Disposed, r.DisposedOnTime, r.ToClose, r.Closed, r.ClosedOnTime, r.Reworked, r.Extended, r.OverdueOpen, r.RepeatHotspots];

    /// <summary>
    /// 12 cases (days before now). #1–#5 lie within 50 m of each other (one repeat hot spot), the others 300 m apart.
    ///  #1 V  closed on time (deadline −3, disposed −5, closed −4)    首问 P1  责任 U1
    ///  #2 V  closed on time, 返工 once                                 P1       U1
    ///  #3 A  closed on time                                            P1       U1
    ///  #4 B  closed on time, 延期 once                                 P1       P2 (unit U2)
    ///  #5 B  closed on time                                            P1       P2
    ///  #6 B  disposed −9 and closed −8 after the deadline −10          U1       P2
    ///  #7 A  反馈: disposed −2, deadline +1 (on time, not closed)      U1       P2
    ///  #8 A  处置 with the deadline −1 passed (超期未处置 → 应结案)    U1       P2
    ///  #9 B  派遣, deadline +2                                         U1       P2
    /// #10 A  挂账, deadline −5 (out of every figure but reported)      —        —
    /// #11 B  作废                                                      —        —
    /// #12 B  closed, but reported −40: outside the period
    /// </summary>
    async Task<HeatTownship> Scenario()
    {
        var t = await db.TownshipAsync();
        var (p1, u1, p2) = (t.PersonP1, t.UnitU1, t.PersonP2);
        await t.ComplaintAsync(500000, 3320000, "0102", stage: "closed", reportedDaysAgo: 10, deadlineDaysAgo: 3, disposedDaysAgo: 5, closedDaysAgo: 4, zone: t.VillageV, firstPerson: p1, unit: u1);
        await t.ComplaintAsync(500020, 3320000, "0107", stage: "closed", reportedDaysAgo: 10, deadlineDaysAgo: 4, disposedDaysAgo: 5, closedDaysAgo: 4.5, rework: 1, zone: t.VillageV, firstPerson: p1, unit: u1);
        await t.ComplaintAsync(500000, 3320020, "0102", stage: "closed", reportedDaysAgo: 10, deadlineDaysAgo: 3, disposedDaysAgo: 6, closedDaysAgo: 5, zone: t.AreaA, firstPerson: p1, unit: u1);
        await t.ComplaintAsync(499980, 3320010, "0102", stage: "closed", reportedDaysAgo: 10, deadlineDaysAgo: 3, disposedDaysAgo: 6, closedDaysAgo: 5, extension: 1, zone: t.AreaB, firstPerson: p1, person: p2);
        await t.ComplaintAsync(500010, 3319975, "0102", stage: "closed", reportedDaysAgo: 10, deadlineDaysAgo: 3, disposedDaysAgo: 6, closedDaysAgo: 5, zone: t.AreaB, firstPerson: p1, person: p2);
        await t.ComplaintAsync(500300, 3320300, "0102", stage: "closed", reportedDaysAgo: 12, deadlineDaysAgo: 10, disposedDaysAgo: 9, closedDaysAgo: 8, zone: t.AreaB, firstUnit: u1, person: p2);
        await t.ComplaintAsync(500600, 3320300, "0102", stage: "feedback", reportedDaysAgo: 3, deadlineDaysAgo: -1, disposedDaysAgo: 2, zone: t.AreaA, firstUnit: u1, person: p2);
        await t.ComplaintAsync(500900, 3320300, "0102", stage: "disposing", reportedDaysAgo: 4, deadlineDaysAgo: 1, zone: t.AreaA, firstUnit: u1, person: p2);
        await t.ComplaintAsync(500300, 3320600, "0102", stage: "dispatched", reportedDaysAgo: 1, deadlineDaysAgo: -2, zone: t.AreaB, firstUnit: u1, person: p2);
        await t.ComplaintAsync(500600, 3320600, "0102", stage: "shelved", reportedDaysAgo: 8, deadlineDaysAgo: 5, zone: t.AreaA);
        await t.ComplaintAsync(500900, 3320600, "0102", stage: "voided", reportedDaysAgo: 2, zone: t.AreaB);
        await t.ComplaintAsync(500300, 3320900, "0102", stage: "closed", reportedDaysAgo: 40, deadlineDaysAgo: 39, zone: t.AreaB);
        return t;
    }

    [Fact]
    public async Task The_township_figures_follow_the_counting_rules()
    {
        var row = Assert.Single(await RowsAsync(await Scenario(), IndicatorGroup.Township));
        // reported 11 (#1–#11); 应处置 9 (#1–#9); 处置 7 (#1–#7), 按期 6 (not #6); 应结案 8 (#1–#8); 结案 6, 按期 5;
        // 返工 1; 延期 1; 超期未结 1 (#8); hot spots 1 (#1–#5).
        Assert.Equal([11, 9, 7, 6, 8, 6, 5, 1, 1, 1, 1], Counts(row));
        // 6/8 = 75.00 %, 5/8 = 62.50 %, 7/9 = 77.78 %, 6/9 = 66.67 %, 1/8 = 12.50 %, 1/9 = 11.11 %.
        Assert.Equal([75.00, 62.50, 77.78, 66.67, 12.50, 11.11], new[] { row.CloseRate, row.OnTimeCloseRate, row.DisposeRate, row.OnTimeDisposeRate, row.ReworkRate, row.ExtensionRate });
    }

    [Fact]
    public async Task Without_hot_spots_the_counts_are_the_same_and_no_clustering_runs()
    {
        var t = await Scenario();
        var request = new IndicatorRequest { TownshipCodes = [t.Code], GroupBy = IndicatorGroup.Township, From = HeatDatabase.Now.AddDays(-30), Now = HeatDatabase.Now };
        var with = Assert.Single(await Service.RowsAsync(request, default, withHotspots: true));
        var without = Assert.Single(await Service.RowsAsync(request, default, withHotspots: false));
        Assert.Equal(1, with.RepeatHotspots);
        Assert.Equal(with with { RepeatHotspots = 0 }, without);
    }

    [Fact]
    public async Task Zone_rows_are_the_townships_areas_each_over_its_subtree()
    {
        var t = await Scenario();
        var rows = await RowsAsync(t, IndicatorGroup.Zone);
        Assert.Equal([t.AreaA, t.AreaB], rows.Select(r => r.ZoneId!.Value));
        // A = #1 #2 (village V) + #3 #7 #8 #10; B = #4 #5 #6 #9 #11. The hot spot splits 3 + 2: neither row has one.
        Assert.Equal([6, 5, 4, 4, 5, 3, 3, 1, 0, 1, 0], Counts(rows[0]));
        Assert.Equal([5, 4, 3, 2, 3, 3, 2, 0, 1, 0, 0], Counts(rows[1]));
        Assert.Equal((60.00, 66.67), (rows[0].OnTimeCloseRate, rows[1].OnTimeCloseRate));   // 3/5, 2/3
    }

    [Fact]
    public async Task With_a_zone_the_rows_are_its_children()
    {
        var t = await Scenario();
        var row = Assert.Single(await RowsAsync(t, IndicatorGroup.Zone, t.AreaA));
        Assert.Equal((t.VillageV, 2, 2, 100.0), (row.ZoneId!.Value, row.Reported, row.Closed, row.CloseRate)); // #1 #2
    }

    [Fact]
    public async Task Owner_rows_follow_the_first_responsible_party_and_unit_rows_the_responsible_unit()
    {
        var t = await Scenario();
        var owners = await RowsAsync(t, IndicatorGroup.Owner);
        Assert.Equal([($"person:{t.PersonP1}", "张三", 5, 5, 1), ($"unit:{t.UnitU1}", "环卫所", 4, 1, 0), ($"none:{t.Code}", "未定首问责任人", 2, 0, 0)],
                     owners.Select(r => (r.Key, r.Name, r.Reported, r.Closed, r.RepeatHotspots)));
        Assert.Null(owners[2].CloseRate);                                   // #10 #11: nothing to close
        var units = await RowsAsync(t, IndicatorGroup.Unit);                // U1: #1–#3; U2 (李四's unit): #4–#9
        Assert.Equal([(t.UnitU1, 3), (t.UnitU2, 6), ((long?)null, 2)], units.Select(r => (r.UnitId, r.Reported)));
    }

    [Fact]
    public async Task Ranking_puts_the_best_first_and_lower_is_better_for_rework_and_overdue()
    {
        var t = await Scenario();
        var request = new IndicatorRequest { TownshipCodes = [t.Code], From = HeatDatabase.Now.AddDays(-30), Now = HeatDatabase.Now };
        async Task<long[]> Order(IndicatorName by) => [.. (await Service.RankAsync(request, by, default)).Select(r => r.Row.ZoneId!.Value)];
        Assert.Equal([t.AreaB, t.AreaA], await Order(IndicatorName.OnTimeCloseRate));  // 66.67 > 60.00
        Assert.Equal([t.AreaB, t.AreaA], await Order(IndicatorName.ReworkRate));       // 0 < 20.00 (1/5)
        Assert.Equal([t.AreaB, t.AreaA], await Order(IndicatorName.OverdueOpen));      // 0 < 1
    }

    [Fact]
    public void Ties_share_a_rank_and_rows_without_the_figure_come_last()
    {
        static IndicatorRow Row(string key, int closedOnTime, int toClose) =>
            new(key, key, "888888999000", null, null, null, 10, 10, 10, 10, toClose, closedOnTime, closedOnTime, 0, 0, 0, 0);
        var ranked = IndicatorRanking.Rank([Row("c", 3, 5), Row("a", 4, 5), Row("n", 0, 0), Row("b", 8, 10)], IndicatorName.OnTimeCloseRate);
        Assert.Equal([(1, "a"), (1, "b"), (3, "c"), (4, "n")], ranked.Select(r => (r.Rank, r.Row.Key)));   // 80, 80, 60, null
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused()
    {
        var request = new IndicatorRequest { TownshipCodes = ["888888999000"], From = HeatDatabase.Now, To = HeatDatabase.Now.AddDays(-1) };
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Service.RowsAsync(request, default));
        Assert.Contains("to（", e.Message);
    }
}
