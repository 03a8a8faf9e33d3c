using Zones.Server.Data;
using Zones.Server.Data.Complaints;
using static Zones.Server.Data.Complaints.Stages;

namespace Zones.Server.Tests.Data.Complaints;

/// <summary>The pure state machine of the case workflow and the change each action makes.</summary>
public class WorkflowRulesTests
{
    static readonly DateTimeOffset Now = ComplaintKit.Friday1700;

    static readonly WorkCalendar Calendar = new(new Dictionary<DateOnly, bool>(),
        WorkingPeriod.ParseList("08:30-12:00,13:30-18:00"), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

    static Complaint Case(string stage, long? person = null, long? unit = ComplaintKit.SanitationUnit) => new(
        1, ComplaintKit.Township, "E0102202611200001", 120, 30, "event", "0102", "暴露垃圾", "citizen", "垃圾", null, "normal",
        null, null, null, null, null, unit, person, null, unit, null, stage, Now.AddHours(-2), Now.AddHours(1), Now.AddDays(1),
        null, null, Now, 0, 0, null, null, null, null, 3, null, IsOpen: true);

    static ComplaintChange Plan(Complaint c, string action, TransitionParameters? p = null, (long?, long?) target = default)
    {
        p ??= TransitionParameters.None;
        var next = WorkflowRules.NextStage(c.Stage, action, p, null) ?? throw new InvalidOperationException("not allowed");
        return ComplaintChange.Plan(c, action, next, p, target, Now, Calendar, new ComplaintOptions());
    }

    [Theory]
    [InlineData(Received, Actions.Register, Registered)]
    [InlineData(Registered, Actions.Dispatch, Dispatched)]
    [InlineData(Dispatched, Actions.Dispose, Disposing)]
    [InlineData(Disposing, Actions.Feedback, Feedback)]
    [InlineData(Feedback, Actions.Verify, Verifying)]
    [InlineData(Verifying, Actions.Close, Closed)]
    [InlineData(Dispatched, Actions.Return, Registered)]
    [InlineData(Verifying, Actions.Return, Feedback)]
    [InlineData(Disposing, Actions.Extend, Disposing)]
    [InlineData(Disposing, Actions.Shelve, Shelved)]
    [InlineData(Registered, Actions.Void, Voided)]
    public void Each_action_leads_to_its_stage(string from, string action, string to) =>
        Assert.Equal(to, WorkflowRules.NextStage(from, action, new TransitionParameters(Passed: true), null));

    [Theory]
    [InlineData(null, Dispatched)]
    [InlineData(Disposing, Disposing)]
    public void A_failed_verification_goes_back_for_rework(string? reworkTo, string expected) =>
        Assert.Equal(expected, WorkflowRules.NextStage(Feedback, Actions.Verify, new TransitionParameters(Passed: false, ReworkTo: reworkTo), null));

    [Fact]
    public void Resuming_returns_to_the_stage_the_case_was_shelved_from() =>
        Assert.Equal(Disposing, WorkflowRules.NextStage(Shelved, Actions.Resume, TransitionParameters.None, Disposing));

    [Theory]
    [InlineData(Closed)]
    [InlineData(Voided)]
    public void A_finished_case_allows_no_action(string stage) =>
        Assert.Empty(WorkflowRules.ActionsOf(stage));

    [Fact]
    public void Received_cases_cannot_be_closed() =>
        Assert.Null(WorkflowRules.NextStage(Received, Actions.Close, TransitionParameters.None, null));

    [Fact]
    public void A_responsible_cadre_may_dispose_but_not_verify_close_or_void()
    {
        Assert.Equal([Actions.Feedback, Actions.Return, Actions.Extend, Actions.Shelve],
                     WorkflowRules.AllowedActions(Disposing, ComplaintKit.Cadre, Case(Disposing)));
        Assert.Equal([Actions.Return], WorkflowRules.AllowedActions(Feedback, ComplaintKit.Cadre, Case(Feedback)));
    }

    [Fact]
    public void A_cadre_named_as_the_responsible_person_may_act_without_the_unit() =>
        Assert.NotEmpty(WorkflowRules.AllowedActions(Dispatched, ComplaintKit.Cadre with { UnitId = null },
                                                     Case(Dispatched, person: ComplaintKit.SanitationCadre, unit: null)));

    [Fact]
    public void Viewers_hotlines_and_cadres_of_other_units_may_take_no_action()
    {
        foreach (var actor in new[] { ComplaintKit.Viewer, ComplaintKit.Hotline, ComplaintKit.OtherCadre })
            Assert.Empty(WorkflowRules.AllowedActions(Dispatched, actor, Case(Dispatched)));
    }

    [Fact]
    public void Planners_may_take_every_action_of_the_stage() =>
        Assert.Equal(WorkflowRules.ActionsOf(Feedback), WorkflowRules.AllowedActions(Feedback, ComplaintKit.Planner, Case(Feedback)));

    [Theory]
    [InlineData(Actions.Return)]
    [InlineData(Actions.Shelve)]
    [InlineData(Actions.Void)]
    public void Returning_shelving_and_voiding_need_a_reason(string action) =>
        Assert.IsType<InvalidInputError>(WorkflowRules.CheckParameters(Case(Registered), action, " ", TransitionParameters.None, Now));

    [Fact]
    public void Feedback_needs_a_note_saying_what_was_done() =>
        Assert.Equal("note", WorkflowRules.CheckParameters(Case(Disposing), Actions.Feedback, null, TransitionParameters.None, Now)!.Field);

    [Fact]
    public void An_extension_must_move_the_deadline_later() =>
        Assert.Equal("newDeadline", WorkflowRules.CheckParameters(Case(Disposing), Actions.Extend, "缺材料",
            new TransitionParameters(NewDeadline: Now.AddHours(2)), Now)!.Field);

    [Fact]
    public void Dispatch_needs_a_person_or_a_unit() =>
        Assert.NotNull(WorkflowRules.CheckParameters(Case(Registered), Actions.Dispatch, null, TransitionParameters.None, Now));

    [Fact]
    public void Registering_keeps_the_bundled_dispatch_deadline_started_at_intake() =>
        Assert.Equal(Now.AddHours(1), Plan(Case(Received), Actions.Register).StageDeadline);

    [Fact]
    public void Dispatch_names_the_new_responsible_party_and_gives_one_working_hour_to_accept()
    {
        var change = Plan(Case(Registered), Actions.Dispatch, new TransitionParameters(UnitId: 5), (null, 5));
        Assert.Equal((null, 5L), (change.ResponsiblePersonId, change.ResponsibleUnitId));
        Assert.Equal(DateTimeOffset.Parse("2026-11-20T18:00:00+08:00"), change.StageDeadline);
    }

    [Fact]
    public void Feedback_records_the_disposal_time_and_gives_a_working_day_to_verify()
    {
        var change = Plan(Case(Disposing), Actions.Feedback);
        Assert.Equal(Now, change.DisposedAt);
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T17:00:00+08:00"), change.StageDeadline);
    }

    [Fact]
    public void A_failed_verification_counts_a_rework_and_clears_the_disposal_time()
    {
        var change = Plan(Case(Feedback) with { DisposedAt = Now }, Actions.Verify, new TransitionParameters(Passed: false));
        Assert.Equal((Actions.Rework, 1, (DateTimeOffset?)null), (change.EventAction, change.ReworkCount, change.DisposedAt));
    }

    [Fact]
    public void An_extension_moves_the_deadline_and_counts()
    {
        var change = Plan(Case(Disposing), Actions.Extend, new TransitionParameters(NewDeadline: Now.AddDays(5)));
        Assert.Equal((Now.AddDays(5), Now.AddDays(5), 1), (change.Deadline, change.StageDeadline, change.ExtensionCount));
    }

    [Fact]
    public void Closing_sets_the_close_time_and_stops_the_stage_clock()
    {
        var change = Plan(Case(Verifying), Actions.Close);
        Assert.Equal((Now, (DateTimeOffset?)null), (change.ClosedAt, change.StageDeadline));
    }
}
