using static Zones.Server.Data.Complaints.Stages;

namespace Zones.Server.Data.Complaints;

/// <summary>
/// The case workflow as a pure state machine: which action is possible in which stage, and where
/// it leads (shared/DOMAIN.md §1.5). <see cref="ComplaintWorkflow"/> runs it inside a transaction.
/// </summary>
/// <remarks>
/// Main line: received —register→ registered —dispatch→ dispatched —dispose→ disposing —feedback→
/// feedback —verify(passed)→ verifying —close→ closed. A failed verify is 返工: back to the same unit
/// (dispatched by default, or disposing), rework_count + 1. <c>return</c> (回退) steps back one stage of
/// the main line; <c>extend</c> (延期) keeps the stage; <c>shelve</c> (挂账) parks the case and
/// <c>resume</c> brings it back to the stage it was shelved from; <c>void</c> (作废) ends it.
/// </remarks>
public static class WorkflowRules
{
    // stage × action → next stage. Verify leads to Verifying when passed (rework is decided from
    // its parameters), Resume to the stage the case was shelved from.
    static readonly Dictionary<(string Stage, string Action), string> Table = new()
    {
        [(Received, Actions.Register)] = Registered,
        [(Received, Actions.Void)] = Voided,
        [(Registered, Actions.Dispatch)] = Dispatched,
        [(Registered, Actions.Return)] = Received,
        [(Registered, Actions.Shelve)] = Shelved,
        [(Registered, Actions.Void)] = Voided,
        [(Dispatched, Actions.Dispose)] = Disposing,
        [(Dispatched, Actions.Return)] = Registered,
        [(Dispatched, Actions.Extend)] = Dispatched,
        [(Dispatched, Actions.Shelve)] = Shelved,
        [(Dispatched, Actions.Void)] = Voided,
        [(Disposing, Actions.Feedback)] = Stages.Feedback,
        [(Disposing, Actions.Return)] = Dispatched,
        [(Disposing, Actions.Extend)] = Disposing,
        [(Disposing, Actions.Shelve)] = Shelved,
        [(Stages.Feedback, Actions.Verify)] = Verifying,
        [(Stages.Feedback, Actions.Return)] = Disposing,
        [(Verifying, Actions.Close)] = Closed,
        [(Verifying, Actions.Return)] = Stages.Feedback,
        [(Shelved, Actions.Resume)] = Shelved,
        [(Shelved, Actions.Void)] = Voided,
    };

    /// <summary>Actions that must say why (回退、延期、挂账、作废 and a failed 核查).</summary>
    static readonly HashSet<string> NeedReason = [Actions.Return, Actions.Extend, Actions.Shelve, Actions.Void];

    /// <summary>The actions the workflow allows in <paramref name="stage"/>, whoever asks.</summary>
    public static IReadOnlyList<string> ActionsOf(string stage) =>
        Actions.Requestable.Where(a => Table.ContainsKey((stage, a))).ToList();

    /// <summary>The actions <paramref name="actor"/> may take on <paramref name="complaint"/> now.</summary>
    public static IReadOnlyList<string> AllowedActions(string stage, Actor actor, Complaint complaint) =>
        AllowedActions(stage, actor, complaint.ResponsiblePersonId, complaint.ResponsibleUnitId);

    /// <summary>The actions <paramref name="actor"/> may take now on a case in <paramref name="stage"/> handled by this person or unit.</summary>
    public static IReadOnlyList<string> AllowedActions(string stage, Actor actor, long? responsiblePersonId, long? responsibleUnitId) =>
        ComplaintPermissions.MayChange(actor, responsiblePersonId, responsibleUnitId)
            ? ActionsOf(stage).Where(a => ComplaintPermissions.MayTake(actor, a)).ToList()
            : [];

    /// <summary>The stage <paramref name="action"/> leads to, or null when the stage does not allow it.</summary>
    public static string? NextStage(string stage, string action, TransitionParameters p, string? shelvedFrom)
    {
        if (!Table.TryGetValue((stage, action), out var next))
            return null;
        return action switch
        {
            Actions.Verify when p.Passed == false => p.ReworkTo ?? Dispatched,
            Actions.Resume => shelvedFrom is { } s && MainLine.Contains(s) && s != Closed ? s : Registered,
            _ => next,
        };
    }

    /// <summary>
    /// A problem with the action's note or parameters, or null when they are complete: 回退、延期、
    /// 挂账、作废 and a failed 核查 need a reason, 处置反馈 a note, 派遣 a target, 核查 a verdict, 延期 a later deadline.
    /// </summary>
    public static UserError? CheckParameters(Complaint c, string action, string? note, TransitionParameters p, DateTimeOffset now)
    {
        var failedVerify = action == Actions.Verify && p.Passed == false;
        if ((NeedReason.Contains(action) || failedVerify) && string.IsNullOrWhiteSpace(note))
            return new InvalidInputError($"{Actions.Chinese(action)}须填写原因。The action '{action}' needs a reason in the note.", "note");
        return action switch
        {
            Actions.Feedback when string.IsNullOrWhiteSpace(note) =>
                new InvalidInputError("处置反馈须说明处置情况。Feedback needs a note saying what was done.", "note"),
            Actions.Dispatch when p.PersonId is null && p.UnitId is null =>
                new InvalidInputError("派遣须指定责任人或责任单位。Dispatch needs a person or a unit.", "personId"),
            Actions.Verify when p.Passed is null =>
                new InvalidInputError("核查须给出结论（通过/不通过）。Verify needs a verdict (passed true/false).", "passed"),
            Actions.Verify when p.ReworkTo is not (null or Dispatched or Disposing) =>
                new InvalidInputError($"返工只能退回派遣或处置环节。Rework goes back to dispatched or disposing, not '{p.ReworkTo}'.", "reworkTo"),
            Actions.Extend when p.NewDeadline is not { } d || d <= now || (c.Deadline is { } old && d <= old) =>
                new InvalidInputError($"延期须给出晚于现有时限（{c.Deadline:yyyy-MM-dd HH:mm}）的新时限。" +
                                      "Extend needs a new deadline later than the current one and than now.", "newDeadline"),
            _ => null,
        };
    }
}
