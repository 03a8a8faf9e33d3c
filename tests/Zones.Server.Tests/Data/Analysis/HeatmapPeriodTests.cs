using Zones.Server.Data.Analysis;
using Zones.Server.Data.Query;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>
/// Issue #16 §5: the heat map says which period it counts, and 所有未办结案卷 (allOpen) counts every case
/// zones.complaint_is_open calls open, whenever it was reported. Townships of <see cref="HeatDatabase"/>.
/// </summary>
[Collection(HeatDatabase.Collection)]
public class HeatmapPeriodTests(HeatDatabase db)
{
    static readonly DateTimeOffset Now = HeatDatabase.Now;   // 2026-11-20 09:00 Beijing time

    HeatmapService Service => new(db.DataSource, new ListQuery(db.DataSource), new AnalysisLane(db.DataSource));

    static HeatmapRequest For(params HeatTownship[] t) => new() { TownshipCodes = [.. t.Select(x => x.Code)], Now = Now };

    // a b c open (c 挂账, reported 400 days ago), d 结案, e 作废.
    static async Task PlantAsync(HeatTownship t)
    {
        await t.ComplaintAsync(500050, 3320050, stage: "disposing", reportedDaysAgo: 2);
        await t.ComplaintAsync(500150, 3320050, stage: "received", reportedDaysAgo: 45);
        await t.ComplaintAsync(500250, 3320050, stage: "shelved", reportedDaysAgo: 400);
        await t.ComplaintAsync(500350, 3320050, stage: "closed", reportedDaysAgo: 3);
        await t.ComplaintAsync(500450, 3320050, stage: "voided", reportedDaysAgo: 1);
    }

    [Fact]
    public async Task All_open_counts_every_open_case_whenever_reported_as_complaint_is_open_does()
    {
        var t = await db.TownshipAsync();
        await PlantAsync(t);
        var open = await db.ScalarAsync<long>("SELECT count(*) FROM zones.complaint WHERE township_code = $1 AND zones.complaint_is_open(stage)", t.Code);
        Assert.Equal((3L, 3), (open, (await Service.CellsAsync(For(t) with { AllOpen = true }, default)).Total));
        Assert.Equal(1, (await Service.CellsAsync(For(t), default)).Total);                       // the default 30 days: a only
        Assert.Equal(3, (await Service.OldestOpenAsync(For(t) with { AllOpen = true }, 10, default)).Count);
    }

    [Fact]
    public async Task All_open_may_narrow_to_an_open_stage_but_not_take_dates_or_closed_stages()
    {
        var t = await db.TownshipAsync();
        await PlantAsync(t);
        Assert.Equal(1, (await Service.CellsAsync(For(t) with { AllOpen = true, Stages = ["shelved"] }, default)).Total);
        var dated = await Assert.ThrowsAsync<ArgumentException>(() => Service.CellsAsync(For(t) with { AllOpen = true, From = Now.AddDays(-7) }, default));
        Assert.Contains("不能同时指定开始或结束时间", dated.Message);
        var closed = await Assert.ThrowsAsync<ArgumentException>(() => Service.PeriodAsync(For(t) with { AllOpen = true, Stages = ["closed"] }, default));
        Assert.Contains("环节不能选 结案", closed.Message);
    }

    [Fact]
    public async Task The_period_names_all_open_the_chosen_dates_or_the_township_default_in_Beijing_time()
    {
        var t = await db.TownshipAsync();
        var chosen = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(new HeatmapPeriod(HeatmapPeriodKind.AllOpen, null, null, "所有未办结案卷（不限上报时间，含挂账）"),
            await Service.PeriodAsync(For(t) with { AllOpen = true }, default));
        Assert.Equal(new HeatmapPeriod(HeatmapPeriodKind.Chosen, chosen, Now, "2026-11-01 起、2026-11-20 09:00 前上报的案卷"),
            await Service.PeriodAsync(For(t) with { From = chosen, To = Now }, default));
        Assert.Equal(new HeatmapPeriod(HeatmapPeriodKind.TownshipDefault, Now.AddDays(-30), null, "近30天上报的案卷（2026-10-21 09:00 起，默认时段）"),
            await Service.PeriodAsync(For(t), default));
    }

    [Fact]
    public async Task Townships_with_different_default_periods_are_said_as_a_range_from_the_earliest_start()
    {
        var (t30, t60) = (await db.TownshipAsync(), await db.TownshipAsync());
        await db.ScalarAsync<int>("""UPDATE zones.township SET settings = '{"analysis": {"heatmapDefaultDays": 60}}' WHERE division_code = $1 RETURNING 1""", t60.Code);
        var period = await Service.PeriodAsync(For(t30, t60), default);
        Assert.Equal((HeatmapPeriodKind.TownshipDefault, Now.AddDays(-60)), (period.Kind, period.From));
        Assert.Equal("近30–60天（各镇默认时段不同）上报的案卷（2026-09-21 09:00 起，默认时段）", period.Description);
    }
}
