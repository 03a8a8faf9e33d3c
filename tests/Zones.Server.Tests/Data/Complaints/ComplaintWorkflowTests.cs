using Zones.Server.Data;
using Zones.Server.Data.Complaints;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Complaints.ComplaintKit;

namespace Zones.Server.Tests.Data.Complaints;

/// <summary>
/// The workflow against the database: every path, the typed errors, permissions per role, and
/// concurrent transitions. Cases start in 前塘村 (owner 前塘村委会) and are dispatched to 镇环卫所.
/// </summary>
[Collection(PostgisCollection.Name)]
public class ComplaintWorkflowTests(PostgisFixture pg) : ComplaintTownshipTests(pg)
{
    static readonly TransitionParameters ToSanitation = new(UnitId: SanitationUnit);

    /// <summary>A new case taken along the main line by the planner until it reaches <paramref name="stage"/>.</summary>
    async Task<Complaint> CaseIn(string stage)
    {
        var c = await Kit.ReportAsync();
        var steps = new (string Action, TransitionParameters? P)[]
        {
            (Actions.Register, null), (Actions.Dispatch, ToSanitation), (Actions.Dispose, null),
            (Actions.Feedback, null), (Actions.Verify, new(Passed: true)), (Actions.Close, null),
        };
        foreach (var (action, p) in steps.Take(Array.IndexOf(Stages.MainLine, stage)))
            c = Ok(await Kit.ActAsync(c.Id, action, p: p));
        return c;
    }

    static Complaint Ok(ComplaintPayload result) =>
        result.Complaint ?? throw new Xunit.Sdk.XunitException(string.Join("; ", result.Errors.Select(e => e.Message)));

    static T Error<T>(ComplaintPayload result) where T : UserError => Assert.IsType<T>(Assert.Single(result.Errors));

    [Fact]
    public async Task A_case_goes_from_receipt_to_closing_with_one_event_per_step()
    {
        var c = await CaseIn(Stages.Closed);
        Assert.Equal((Stages.Closed, 7, 0), (c.Stage, c.Version, c.ReworkCount));
        Assert.NotNull(c.ClosedAt);
        Assert.Equal(["receive", "register", "dispatch", "dispose", "feedback", "verify", "close"],
                     (await Kit.Store.EventsAsync(c.Id, default)).Select(e => e.Action));
    }

    [Fact]
    public async Task Dispatch_changes_the_responsible_unit_but_never_the_first_responsible_party()
    {
        var c = await CaseIn(Stages.Dispatched);
        Assert.Equal((SanitationUnit, "镇环卫所", VillageUnit), (c.ResponsibleUnitId, c.ResponsibleUnitName, c.FirstResponsibleUnitId));
    }

    [Fact]
    public async Task Dispatch_to_a_person_makes_their_unit_responsible_too()
    {
        var c = Ok(await Kit.ActAsync((await CaseIn(Stages.Registered)).Id, Actions.Dispatch, p: new(PersonId: SanitationCadre)));
        Assert.Equal((SanitationCadre, SanitationUnit), (c.ResponsiblePersonId, c.ResponsibleUnitId));
    }

    [Fact]
    public async Task Feedback_records_when_disposal_ended_and_its_note()
    {
        var c = Ok(await Kit.ActAsync((await CaseIn(Stages.Disposing)).Id, Actions.Feedback, "已清运"));
        Assert.Equal((Stages.Feedback, "已清运", Friday1700), (c.Stage, c.LastNote, c.DisposedAt));
    }

    [Fact]
    public async Task Each_failed_verification_sends_the_case_back_to_the_same_unit_and_counts_a_rework()
    {
        var c = await CaseIn(Stages.Feedback);
        c = Ok(await Kit.ActAsync(c.Id, Actions.Verify, "仍有垃圾", new(Passed: false)));
        c = Ok(await Kit.ActAsync(Ok(await Kit.ActAsync(Ok(await Kit.ActAsync(c.Id, Actions.Dispose)).Id, Actions.Feedback)).Id,
                                   Actions.Verify, "还是没清", new(Passed: false, ReworkTo: Stages.Disposing)));
        Assert.Equal((Stages.Disposing, 2, SanitationUnit), (c.Stage, c.ReworkCount, c.ResponsibleUnitId));
    }

    [Fact]
    public async Task A_return_steps_back_one_stage_with_its_reason()
    {
        var c = Ok(await Kit.ActAsync((await CaseIn(Stages.Dispatched)).Id, Actions.Return, "不属于本单位职责"));
        Assert.Equal((Stages.Registered, "不属于本单位职责"), (c.Stage, c.LastNote));
    }

    [Fact]
    public async Task A_return_without_a_reason_is_refused() =>
        Assert.Equal("note", Error<InvalidInputError>(await Kit.ActAsync((await CaseIn(Stages.Dispatched)).Id, Actions.Return, null)).Field);

    [Fact]
    public async Task An_extension_moves_the_deadline_and_is_counted()
    {
        var later = Friday1700.AddDays(10);
        var c = Ok(await Kit.ActAsync((await CaseIn(Stages.Disposing)).Id, Actions.Extend, "需协调产权单位", new(NewDeadline: later)));
        Assert.Equal((Stages.Disposing, later, later, 1), (c.Stage, c.Deadline, c.StageDeadline, c.ExtensionCount));
    }

    [Fact]
    public async Task A_shelved_case_resumes_in_the_stage_it_was_shelved_from()
    {
        var c = Ok(await Kit.ActAsync((await CaseIn(Stages.Disposing)).Id, Actions.Shelve, "待财政资金"));
        Assert.Equal((Stages.Shelved, (DateTimeOffset?)null), (c.Stage, c.StageDeadline));
        Assert.Equal(Stages.Disposing, Ok(await Kit.ActAsync(c.Id, Actions.Resume)).Stage);
    }

    [Fact]
    public async Task A_voided_case_takes_no_further_action()
    {
        var c = Ok(await Kit.ActAsync((await CaseIn(Stages.Received)).Id, Actions.Void, "重复投诉"));
        Assert.Empty(Error<InvalidTransitionError>(await Kit.ActAsync(c.Id, Actions.Register)).AllowedActions);
    }

    [Fact]
    public async Task An_action_the_stage_does_not_allow_names_the_stage_and_the_allowed_actions()
    {
        var error = Error<InvalidTransitionError>(await Kit.ActAsync((await CaseIn(Stages.Received)).Id, Actions.Close));
        Assert.Equal((Stages.Received, Actions.Close), (error.FromStage, error.Action));
        Assert.Equal([Actions.Register, Actions.Void], error.AllowedActions);
    }

    [Fact]
    public async Task An_unknown_case_is_not_found() =>
        Error<NotFoundError>(await Kit.ActAsync(-1, Actions.Register));

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_changes_nothing()
    {
        var c = await CaseIn(Stages.Registered);
        Assert.Equal(2, Error<VersionConflictError>(await Kit.ActAsync(c.Id, Actions.Void, "x", version: 1)).CurrentVersion);
        Assert.Equal(Stages.Registered, (await Kit.Store.FindAsync(c.Id, default))!.Stage);
    }

    [Fact]
    public async Task Of_two_concurrent_transitions_from_the_same_version_one_wins_and_one_conflicts()
    {
        var c = await CaseIn(Stages.Registered);
        var results = await Task.WhenAll(
            Kit.ActAsync(c.Id, Actions.Dispatch, p: ToSanitation, version: c.Version),
            Kit.ActAsync(c.Id, Actions.Void, "重复", version: c.Version));
        Assert.Single(results, r => r.Ok);
        Assert.IsType<VersionConflictError>(Assert.Single(results.Single(r => !r.Ok).Errors));
        Assert.Equal(3, (await Kit.Store.FindAsync(c.Id, default))!.Version);
    }

    [Fact]
    public async Task Without_expected_versions_concurrent_transitions_run_one_after_the_other()
    {
        var c = await CaseIn(Stages.Disposing);
        var later = Friday1700.AddDays(3);
        await Task.WhenAll(Enumerable.Range(1, 5).Select(i =>
            Kit.ActAsync(c.Id, Actions.Extend, $"第{i}次", new(NewDeadline: later.AddHours(i)))));
        Assert.InRange((await Kit.Store.FindAsync(c.Id, default))!.ExtensionCount, 1, 5);
    }

    [Fact]
    public async Task Dispatch_to_an_unknown_unit_is_not_found() =>
        Assert.Equal("unitId",
            Error<NotFoundError>(await Kit.ActAsync((await CaseIn(Stages.Registered)).Id, Actions.Dispatch, p: new(UnitId: 1))).Field);

    [Theory]
    [InlineData("viewer")]
    [InlineData("hotline")]
    [InlineData("other")]
    public async Task Viewers_hotlines_and_cadres_of_other_units_may_not_change_a_case(string who) =>
        Error<ForbiddenError>(await Kit.ActAsync((await CaseIn(Stages.Dispatched)).Id, Actions.Dispose,
                                                  actor: who switch { "viewer" => Viewer, "hotline" => Hotline, _ => OtherCadre }));

    [Fact]
    public async Task The_cadre_of_the_responsible_unit_may_dispose_and_feed_back()
    {
        var c = await CaseIn(Stages.Dispatched);
        c = Ok(await Kit.ActAsync(c.Id, Actions.Dispose, actor: Cadre));
        Assert.Equal(Stages.Feedback, Ok(await Kit.ActAsync(c.Id, Actions.Feedback, "已清运", actor: Cadre)).Stage);
    }

    [Fact]
    public async Task A_cadre_may_not_verify_their_own_work() =>
        Error<ForbiddenError>(await Kit.ActAsync((await CaseIn(Stages.Feedback)).Id, Actions.Verify, p: new(Passed: true), actor: Cadre));

    [Fact]
    public async Task Every_event_records_the_actor_the_stages_and_the_stage_deadline()
    {
        var c = await CaseIn(Stages.Dispatched);
        var e = (await Kit.Store.EventsAsync(c.Id, default))[^1];
        Assert.Equal(("dispatch", "registered", "dispatched", "planner", c.StageDeadline), (e.Action, e.FromStage, e.ToStage, e.Actor, e.Deadline));
    }
}
