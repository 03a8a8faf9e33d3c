namespace Zones.Server.Data.Complaints;

/// <summary>
/// Who may move a case (issue #4 §7): planners and admins always; a cadre only cases whose
/// responsible person is them or whose responsible unit is their unit; viewers and hotline keys never
/// (hotlines only report).
/// </summary>
/// <remarks>
/// A cadre is the disposing side, so the supervising steps — 核查 (verify), 结案 (close) and 作废
/// (void) — stay with planners and admins (the 监督中心 / 值班长 of CJJ/T 106): nobody verifies their own work.
/// </remarks>
public static class ComplaintPermissions
{
    static readonly HashSet<string> SupervisorOnly = [Actions.Verify, Actions.Close, Actions.Void];

    /// <summary>Roles that may open a case (a resident only through the report page, scoped to the township at the point).</summary>
    public static bool MayReport(Actor actor) =>
        actor.Role is Roles.Admin or Roles.Planner or Roles.Cadre or Roles.Hotline or Roles.Resident;

    /// <summary>Whether <paramref name="actor"/> may change <paramref name="complaint"/> at all.</summary>
    public static bool MayChange(Actor actor, Complaint complaint) =>
        MayChange(actor, complaint.ResponsiblePersonId, complaint.ResponsibleUnitId);

    /// <summary>Whether <paramref name="actor"/> may change a case handled by this person or unit.</summary>
    public static bool MayChange(Actor actor, long? responsiblePersonId, long? responsibleUnitId) => actor.Role switch
    {
        Roles.Admin or Roles.Planner => true,
        Roles.Cadre => (actor.PersonId is { } p && p == responsiblePersonId)
                       || (actor.UnitId is { } u && u == responsibleUnitId),
        _ => false,
    };

    /// <summary>Whether the role may take <paramref name="action"/> on a case it may change.</summary>
    public static bool MayTake(Actor actor, string action) =>
        actor.Role is Roles.Admin or Roles.Planner || (actor.Role == Roles.Cadre && !SupervisorOnly.Contains(action));

    public static string Refusal(Actor actor, Complaint complaint) => actor.Role switch
    {
        Roles.Viewer => "只读账号不能办理案卷。A viewer cannot change cases.",
        Roles.Hotline => "热线接口只能上报案卷，不能办理。A hotline key may only report cases.",
        Roles.Cadre => $"案卷 {complaint.CaseNumber} 不由您或您的单位负责。Case {complaint.CaseNumber} is not assigned to you or your unit.",
        _ => $"角色 {actor.Role} 不能办理案卷。The role {actor.Role} cannot change cases.",
    };
}
