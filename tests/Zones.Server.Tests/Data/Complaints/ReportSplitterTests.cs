using Zones.Server.Data;
using Zones.Server.Data.Complaints;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Complaints.ComplaintKit;

namespace Zones.Server.Tests.Data.Complaints;

/// <summary>拆分 (issue #14 §3): a folded report taken back out as its own case, on the test township of <see cref="ComplaintKit"/>.</summary>
[Collection(PostgisCollection.Name)]
public class ReportSplitterTests(PostgisFixture pg) : ComplaintTownshipTests(pg)
{
    static ReportComplaintInput At(double metresNorth, DateTimeOffset? at = null) =>
        Report(120.003, 30.003 + metresNorth / 110852.0, "0104", "event", "路面有油污") with { ReportedAt = at };

    async Task<(Complaint Case, long ReportId)> FoldedAsync(DateTimeOffset? secondAt = null)
    {
        var c = await Kit.ReportAsync(At(0));
        await Kit.ReportAsync(At(30, secondAt));
        return (c, await Kit.ScalarAsync<long>($"SELECT max(id) FROM zones.complaint_report WHERE complaint_id = {c.Id}"));
    }

    Task<SplitPayload> Split(long reportId, int? version = null, Actor? actor = null) =>
        Kit.Splitter.SplitAsync(reportId, version, actor ?? Planner, CancellationToken.None);

    [Fact]
    public async Task Splitting_makes_a_case_of_the_report_and_both_counts_are_right()
    {
        var (c, reportId) = await FoldedAsync();
        var split = await Split(reportId, c.Version);
        Assert.True(split.Ok);
        Assert.Equal((1, 1, c.Version + 1), (split.Complaint!.ReporterCount, split.Original!.ReporterCount, split.Original.Version));
        Assert.NotEqual(c.Id, split.Complaint.Id);
        Assert.Equal(2L, await Kit.ScalarAsync<long>($"SELECT count(*) FROM zones.complaint WHERE township_code = '{Township}'"));
        Assert.Equal(split.Complaint.Id, await Kit.ScalarAsync<long>($"SELECT split_complaint_id FROM zones.complaint_report WHERE id = {reportId}"));
    }

    [Fact]
    public async Task The_split_case_is_timed_as_if_reported_at_the_report_s_own_time()
    {
        var (_, reportId) = await FoldedAsync(Friday1700.AddHours(-1));
        Kit.Clock.Now = Friday1700.AddDays(3);
        var made = (await Split(reportId)).Complaint!;
        // 道路不洁: 2 working hours from Friday 16:00 is Friday 18:00, the end of the working day.
        Assert.Equal((Friday1700.AddHours(-1), Friday1700.AddHours(1)), (made.ReportedAt, made.Deadline!.Value));
        Assert.StartsWith("E010420261120", made.CaseNumber);
    }

    [Fact]
    public async Task Both_cases_show_the_split_in_their_history()
    {
        var (c, reportId) = await FoldedAsync();
        var made = (await Split(reportId)).Complaint!;
        Assert.Equal(Actions.Split, (await Kit.Store.EventsAsync(c.Id, CancellationToken.None)).Last().Action);
        Assert.Contains(c.CaseNumber, (await Kit.Store.EventsAsync(made.Id, CancellationToken.None)).Last().Note);
    }

    [Fact]
    public async Task A_report_split_once_cannot_be_split_again()
    {
        var (_, reportId) = await FoldedAsync();
        await Split(reportId);
        Assert.Equal("reportId", Assert.IsType<InvalidInputError>(Assert.Single((await Split(reportId)).Errors)).Field);
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_nothing_is_written()
    {
        var (c, reportId) = await FoldedAsync();
        Assert.IsType<VersionConflictError>(Assert.Single((await Split(reportId, c.Version + 5)).Errors));
        Assert.Equal(1L, await Kit.ScalarAsync<long>($"SELECT count(*) FROM zones.complaint WHERE township_code = '{Township}'"));
        Assert.Equal(2, await Kit.ScalarAsync<int>($"SELECT reporter_count FROM zones.complaint WHERE id = {c.Id}"));
    }

    // A split and a new report of the same problem at the same moment both lock the case row, so they
    // run one after the other: the case ends with the new reporter and without the split one, whichever
    // went first, and neither fails. Several rounds, each on a fresh township, to give the race a chance.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task A_split_racing_a_new_report_into_the_same_case_loses_no_reporter(int round)
    {
        var (c, reportId) = await FoldedAsync();
        var split = Split(reportId);
        var again = Kit.Intake.ReportComplaintAsync(At(10 + round), Planner, CancellationToken.None);
        await Task.WhenAll(split, again);
        var (splitDone, againDone) = (await split, await again);
        Assert.True(splitDone.Ok, string.Join("; ", splitDone.Errors.Select(e => e.Message)));
        Assert.True(againDone.Folded, "the new report joins the open case");
        Assert.Equal(c.Id, againDone.Complaint!.Id);
        Assert.Equal(2, await Kit.ScalarAsync<int>($"SELECT reporter_count FROM zones.complaint WHERE id = {c.Id}"));
        Assert.Equal(2L, await Kit.ScalarAsync<long>($"SELECT count(*) FROM zones.complaint WHERE township_code = '{Township}'"));
    }

    [Fact]
    public async Task A_cadre_may_not_split_and_an_unknown_report_is_not_found()
    {
        var (_, reportId) = await FoldedAsync();
        Assert.IsType<ForbiddenError>(Assert.Single((await Split(reportId, actor: Cadre)).Errors));
        Assert.IsType<NotFoundError>(Assert.Single((await Split(-1)).Errors));
    }
}
