using Zones.Server.Data;
using Zones.Server.Data.Complaints;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Complaints.ComplaintKit;

namespace Zones.Server.Tests.Data.Complaints;

/// <summary>
/// Intake (受理) on the test township of <see cref="ComplaintKit"/>: zone, 首问负责 owner with
/// 属地兜底, asset link, case number, deadlines, typed errors. 0.0001° of latitude ≈ 11.1 m.
/// </summary>
[Collection(PostgisCollection.Name)]
public class ComplaintIntakeTests(PostgisFixture pg) : ComplaintTownshipTests(pg)
{
    Task<ComplaintPayload> TryReport(ReportComplaintInput input, Actor? actor = null) =>
        Kit.Intake.ReportComplaintAsync(input, actor ?? Hotline, CancellationToken.None);

    static string Local(DateTimeOffset? t) => t!.Value.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm");

    [Fact]
    public async Task A_point_in_a_village_finds_the_village_and_its_owner()
    {
        var c = await Kit.ReportAsync(Report(120.001, 30.001));
        Assert.Equal((QiantangVillage, "前塘村", VillageUnit), (c.ZoneId, c.ZoneName, c.FirstResponsibleUnitId));
        Assert.Equal((VillageUnit, "前塘村委会"), (c.ResponsibleUnitId, c.ResponsibleUnitName));
    }

    [Fact]
    public async Task A_point_in_an_unowned_village_falls_back_to_the_owner_of_its_area()
    {
        var c = await Kit.ReportAsync(Report(120.009, 30.001));
        Assert.Equal((HoutangVillage, AreaLeader, (long?)null), (c.ZoneId, c.FirstResponsiblePersonId, c.FirstResponsibleUnitId));
    }

    [Fact]
    public async Task A_point_in_an_unowned_area_falls_back_to_the_township()
    {
        var c = await Kit.ReportAsync(Report(120.015, 30.015));
        Assert.Equal((EastArea, TownUnit), (c.ZoneId, c.FirstResponsibleUnitId));
    }

    [Fact]
    public async Task A_bin_with_its_own_owner_answers_for_a_complaint_about_it()
    {
        var c = await Kit.ReportAsync(Report(120.0075, 30.0051, code: "0107"));
        Assert.Equal((BinWithOwner, HoutangVillage, SanitationUnit), (c.AssetId, c.ZoneId, c.FirstResponsibleUnitId));
    }

    [Fact]
    public async Task The_nearest_bin_within_30_m_is_linked() =>
        Assert.Equal(BinInQiantang, (await Kit.ReportAsync(Report(120.0025, 30.0052))).AssetId);

    [Fact]
    public async Task A_bin_40_m_away_is_not_linked() =>
        Assert.Null((await Kit.ReportAsync(Report(120.0025, 30.00536))).AssetId);

    [Fact]
    public async Task A_category_of_no_asset_kind_links_no_asset() =>
        Assert.Null((await Kit.ReportAsync(Report(120.0025, 30.0050, code: "0104"))).AssetId);

    [Fact]
    public async Task A_given_asset_is_linked_however_far_it_is() =>
        Assert.Equal(BinWithOwner, (await Kit.ReportAsync(Report(120.001, 30.001) with { AssetId = BinWithOwner })).AssetId);

    [Fact]
    public async Task An_unknown_asset_is_a_not_found_error_on_the_asset_field() =>
        Assert.Equal("assetId", Assert.IsType<NotFoundError>(
            Assert.Single((await TryReport(Report() with { AssetId = 1 })).Errors)).Field);

    [Fact]
    public async Task A_four_working_hour_case_reported_on_Friday_at_five_is_due_on_Monday_at_half_past_eleven()
    {
        var c = await Kit.ReportAsync(Report(code: "0102"));
        Assert.Equal(("2026-11-23 11:30", "2026-11-20 18:00"), (Local(c.Deadline), Local(c.StageDeadline)));
    }

    [Fact]
    public async Task A_township_time_limit_wins_over_the_default()
    {
        await Kit.ExecuteAsync($"""
            INSERT INTO zones.complaint_category (township_code, code, kind, name, group_name, asset_kind, time_limit, time_unit)
            VALUES ('{Township}', '0102', 'event', '暴露垃圾（镇标准）', '市容环境', 'bin', 2, 'work_hours')
            """);
        var c = await Kit.ReportAsync(Report(code: "0102"));
        Assert.Equal(("2026-11-23 09:30", "暴露垃圾（镇标准）"), (Local(c.Deadline), c.CategoryName));
    }

    [Fact]
    public async Task A_township_calendar_row_wins_over_the_default_row()
    {
        await Kit.ExecuteAsync($"""
            INSERT INTO zones.calendar_day (township_code, day, is_workday, note) VALUES
              (NULL, '2026-11-23', false, '{TestNote}'), ('{Township}', '2026-11-23', true, '镇里照常上班')
            """);
        Assert.Equal("2026-11-23 11:30", Local((await Kit.ReportAsync()).Deadline));
    }

    [Fact]
    public async Task A_default_holiday_moves_the_deadline()
    {
        await Kit.ExecuteAsync($"INSERT INTO zones.calendar_day (township_code, day, is_workday, note) VALUES (NULL, '2026-11-23', false, '{TestNote}')");
        Assert.Equal("2026-11-24 11:30", Local((await Kit.ReportAsync()).Deadline));
    }

    [Fact]
    public async Task Case_numbers_are_kind_code_date_and_a_daily_serial()
    {
        Assert.Equal("E0102202611200001", (await Kit.ReportAsync()).CaseNumber);
        Assert.Equal("C0305202611200002", (await Kit.ReportAsync(Report(code: "0305", kind: "component"))).CaseNumber);
    }

    [Fact]
    public async Task Twenty_concurrent_intakes_get_twenty_different_case_numbers()
    {
        await Kit.SetFoldingAsync(enabled: false);  // the same report twenty times would fold into one case
        var cases = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Kit.ReportAsync()));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"E010220261120{i:D4}"), cases.Select(c => c.CaseNumber).Order());
    }

    [Fact]
    public async Task The_receive_event_names_the_actor_and_the_promised_deadline()
    {
        var c = await Kit.ReportAsync();
        var e = Assert.Single(await Kit.Store.EventsAsync(c.Id, CancellationToken.None));
        Assert.Equal(("receive", null, "received", "planner", c.Deadline), (e.Action, e.FromStage, e.ToStage, e.Actor, e.Deadline));
    }

    [Fact]
    public async Task A_point_outside_every_zone_names_the_nearest_zone_and_its_distance()
    {
        var error = Assert.IsType<OutsideZonesError>(Assert.Single((await TryReport(Report(119.999, 29.999))).Errors));
        Assert.Equal("前塘村", error.NearestZoneName);
        Assert.InRange(error.DistanceMetres!.Value, 130, 160);
        Assert.StartsWith("该坐标不在任何片区内（最近的片区：前塘村，距离 14", error.Message);
    }

    [Fact]
    public async Task An_unknown_category_lists_the_valid_codes()
    {
        var error = Assert.IsType<UnknownCategoryError>(Assert.Single((await TryReport(Report(code: "0999"))).Errors));
        Assert.Contains("E0102", error.ValidCodes);
        Assert.Contains("C0305 垃圾箱破损/缺失", error.Message);
    }

    [Fact]
    public async Task A_viewer_may_not_report() =>
        Assert.IsType<ForbiddenError>(Assert.Single((await TryReport(Report(), Viewer)).Errors));

    [Fact]
    public async Task A_refused_report_stores_nothing()
    {
        await TryReport(Report(code: "0999"));
        await TryReport(Report() with { ReporterPhone = "12" });
        Assert.Equal(0L, await Kit.ScalarAsync<long>($"SELECT count(*) FROM zones.complaint WHERE township_code = '{Township}'"));
    }
}
