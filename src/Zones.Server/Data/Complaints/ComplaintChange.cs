using static Zones.Server.Data.Complaints.Stages;

namespace Zones.Server.Data.Complaints;

/// <summary>
/// The state of a case after one action, computed before anything is written: stage, the
/// per-stage and overall deadlines, disposal and close times, the responsible party, counters.
/// </summary>
/// <param name="EventAction">What the event records: the action, or <c>rework</c> for a failed 核查.</param>
public sealed record ComplaintChange(
    string Stage, string EventAction, DateTimeOffset? StageDeadline, DateTimeOffset? Deadline,
    DateTimeOffset? DisposedAt, DateTimeOffset? ClosedAt, long? ResponsiblePersonId, long? ResponsibleUnitId,
    int ReworkCount, int ExtensionCount)
{
    /// <summary>
    /// The deadline an event promises: the overall one when it was set or moved (受理, 延期), else the
    /// deadline of the stage the case enters.
    /// </summary>
    public DateTimeOffset? EventDeadline => EventAction == Actions.Extend ? Deadline : StageDeadline;

    /// <summary>Applies <paramref name="action"/> (already allowed, leading to <paramref name="next"/>) to <paramref name="c"/>.</summary>
    /// <param name="target">The dispatch target (person, unit), resolved in the township; ignored by other actions.</param>
    public static ComplaintChange Plan(Complaint c, string action, string next, TransitionParameters p,
                                       (long? PersonId, long? UnitId) target, DateTimeOffset now,
                                       WorkCalendar calendar, ComplaintOptions options)
    {
        var rework = action == Actions.Verify && p.Passed == false;
        var deadline = action == Actions.Extend ? p.NewDeadline : c.Deadline;
        var (person, unit) = action == Actions.Dispatch ? target : (c.ResponsiblePersonId, c.ResponsibleUnitId);
        return new ComplaintChange(next, rework ? Actions.Rework : action,
            DeadlineOfStage(c, action, next, deadline, now, calendar, options), deadline,
            action == Actions.Feedback ? now : next is Received or Registered or Dispatched or Disposing ? null : c.DisposedAt,
            next == Closed ? now : null, person, unit,
            c.ReworkCount + (rework ? 1 : 0), c.ExtensionCount + (action == Actions.Extend ? 1 : 0));
    }

    // Per-stage limits (shared/DOMAIN.md §5.4): 受理→立案→派遣 is one bundled limit, so 立案 keeps
    // the clock started at intake; 签收 after 派遣; 处置 runs to the category deadline (返工 does not
    // restart it); 核查 after 反馈; 结案 shares the 核查 limit; 挂账, 结案 and 作废 stop the clock.
    static DateTimeOffset? DeadlineOfStage(Complaint c, string action, string next, DateTimeOffset? deadline,
                                         DateTimeOffset now, WorkCalendar calendar, ComplaintOptions o) => action switch
    {
        Actions.Register => c.StageDeadline,
        Actions.Extend => next == Disposing ? deadline : c.StageDeadline,
        _ => next switch
        {
            Received or Registered => calendar.Deadline(now, new TimeLimit(o.DispatchWorkHours, TimeUnits.WorkHours)),
            Dispatched => calendar.Deadline(now, new TimeLimit(o.AcceptWorkHours, TimeUnits.WorkHours)),
            Disposing => deadline,
            Stages.Feedback => calendar.Deadline(now, new TimeLimit(o.VerifyWorkDays, TimeUnits.WorkDays)),
            Verifying => c.StageDeadline,
            _ => null,
        },
    };
}
