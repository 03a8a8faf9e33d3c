using Zones.Server.Data.Complaints;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Complaints.ComplaintKit;

namespace Zones.Server.Tests.Data.Complaints;

/// <summary>
/// Duplicates folded at intake (issue #14 §3) on the test township of <see cref="ComplaintKit"/>: a report of
/// the same category within 50 m (部件) or 250 m (事件) of an open case of the last 7 days joins that case.
/// Points step north from (120.003, 30.003); one metre of latitude there is 1/110 852 °.
/// </summary>
[Collection(PostgisCollection.Name)]
public class ComplaintFoldTests(PostgisFixture pg) : ComplaintTownshipTests(pg)
{
    const string SignBroken = "0303", DirtyRoad = "0104";

    static ReportComplaintInput At(double metresNorth, string code = SignBroken, string kind = "component") =>
        Report(120.003, 30.003 + metresNorth / 110852.0, code, kind, "公厕指示牌倒了") with { ReporterPhone = "1390000" + $"{metresNorth:0000}" };

    Task<ComplaintPayload> Intake(ReportComplaintInput input) => Kit.Intake.ReportComplaintAsync(input, Hotline, CancellationToken.None);

    Task<long> Cases() => Kit.ScalarAsync<long>($"SELECT count(*) FROM zones.complaint WHERE township_code = '{Township}'");

    [Fact]
    public async Task Three_reports_0_20_and_45_m_apart_of_one_category_become_one_case_with_three_reporters()
    {
        var first = await Intake(At(0));
        var (second, third) = (await Intake(At(20)), await Intake(At(45)));
        Assert.Equal((false, true, true), (first.Folded, second.Folded, third.Folded));
        Assert.Equal([first.Complaint!.Id, first.Complaint.Id], new[] { second.Complaint!.Id, third.Complaint!.Id });
        Assert.Equal((3, 1L), (third.Complaint.ReporterCount, await Cases()));
        Assert.Equal(2L, await Kit.ScalarAsync<long>($"SELECT count(*) FROM zones.complaint_report WHERE complaint_id = {first.Complaint.Id}"));
    }

    [Fact]
    public async Task A_fourth_component_report_60_m_away_is_its_own_case()
    {
        foreach (var m in new[] { 0, 20, 45 })
            await Intake(At(m));
        var fourth = await Intake(At(60));
        Assert.Equal((false, 1, 2L), (fourth.Folded, fourth.Complaint!.ReporterCount, await Cases()));
    }

    [Fact]
    public async Task An_event_200_m_away_folds_into_the_event_case()
    {
        var first = await Intake(At(0, DirtyRoad, "event"));
        var near = await Intake(At(200, DirtyRoad, "event"));
        Assert.Equal((true, first.Complaint!.Id, 2), (near.Folded, near.Complaint!.Id, near.Complaint.ReporterCount));
    }

    [Fact]
    public async Task An_event_300_m_away_is_its_own_case()
    {
        await Intake(At(0, DirtyRoad, "event"));
        Assert.False((await Intake(At(300, DirtyRoad, "event"))).Folded);
    }

    [Fact]
    public async Task Another_category_at_the_same_point_never_folds()
    {
        await Intake(At(0));
        Assert.Equal((false, 2L), ((await Intake(At(0, DirtyRoad, "event"))).Folded, await Cases()));
    }

    [Fact]
    public async Task A_voided_case_never_takes_reports()
    {
        var first = await Intake(At(0));
        Assert.True((await Kit.ActAsync(first.Complaint!.Id, Actions.Void, "误报")).Ok);
        Assert.False((await Intake(At(0))).Folded);
    }

    [Fact]
    public async Task A_closed_case_never_takes_reports()
    {
        var id = (await Intake(At(0))).Complaint!.Id;
        await Kit.ExecuteAsync($"UPDATE zones.complaint SET stage = 'closed', closed_at = reported_at + interval '1 hour' WHERE id = {id}");
        Assert.False((await Intake(At(0))).Folded);
    }

    [Fact]
    public async Task A_case_reported_eight_days_before_is_outside_the_window()
    {
        await Intake(At(0) with { ReportedAt = Friday1700.AddDays(-8) });
        Assert.False((await Intake(At(0))).Folded);
    }

    [Fact]
    public async Task A_township_with_folding_off_opens_a_case_per_report()
    {
        await Kit.SetFoldingAsync(enabled: false);
        await Intake(At(0));
        Assert.Equal((false, 2L), ((await Intake(At(0))).Folded, await Cases()));
    }

    [Fact]
    public async Task A_township_radius_of_100_m_folds_a_component_70_m_away()
    {
        await Kit.SetFoldingAsync(componentM: 100);
        await Intake(At(0));
        Assert.True((await Intake(At(70))).Folded);
    }

    [Fact]
    public async Task The_fold_is_a_step_in_the_history_and_keeps_the_reporter_and_the_version()
    {
        var first = (await Intake(At(0))).Complaint!;
        var folded = (await Intake(At(20))).Complaint!;
        var fold = (await Kit.Store.EventsAsync(first.Id, CancellationToken.None)).Last();
        Assert.Equal((Actions.Fold, Stages.Received, first.Version), (fold.Action, fold.ToStage, folded.Version));
        Assert.Contains("共 2 人反映", fold.Note);
        Assert.Equal("13900000020", await Kit.ScalarAsync<string>($"SELECT reporter_phone FROM zones.complaint_report WHERE complaint_id = {first.Id}"));
    }

    [Fact]
    public async Task A_report_about_another_given_asset_is_not_folded()
    {
        await Intake(Report(120.0025, 30.0050, "0305", "component") with { AssetId = BinInQiantang });
        var other = await Intake(Report(120.0025, 30.0052, "0305", "component") with { AssetId = BinWithOwner });
        Assert.False(other.Folded);
    }

    [Fact]
    public async Task Two_concurrent_intakes_at_the_same_point_give_one_case_with_two_reporters()
    {
        var both = await Task.WhenAll(Intake(At(0)), Intake(At(0)));
        Assert.Equal(both[0].Complaint!.Id, both[1].Complaint!.Id);
        Assert.Equal((1L, 2), (await Cases(), await Kit.ScalarAsync<int>($"SELECT reporter_count FROM zones.complaint WHERE id = {both[0].Complaint!.Id}")));
    }
}
