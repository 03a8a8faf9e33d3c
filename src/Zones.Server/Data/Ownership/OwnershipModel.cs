namespace Zones.Server.Data.Ownership;

/// <summary>What an assignment is for (stored as <c>zone</c>, <c>road</c>, <c>asset</c>, <c>shop</c>).</summary>
public enum TargetKind { Zone, Road, Asset, Shop }

/// <summary>Who answers: a person (干部) or a unit (部门, 村委会, 企业, 物业).</summary>
public enum OwnerKind { Person, Unit }

/// <summary>包联 roles: 领导联片, 包联部门, 责任单位, 网格员, 干部, 村干部 (stored snake_case).</summary>
public enum AssignmentRole { Leader, Department, ResponsibleUnit, GridWorker, Cadre, VillageCadre }

/// <summary>A zone, road segment, asset or shop.</summary>
public sealed record TargetRef(TargetKind Kind, long Id);

/// <summary>A person or a unit.</summary>
public sealed record OwnerRef(OwnerKind Kind, long Id);

/// <summary>One 包联 row, with the names a 示意图 or 明细表 prints.</summary>
/// <param name="TargetName">The zone's, road's, shop's name; an asset's name or else its identifier.</param>
/// <param name="ValidTo">Null while open-ended; the period is [ValidFrom, ValidTo).</param>
public sealed record AssignmentRecord(long Id, string TownshipCode, TargetRef Target, string TargetName, OwnerRef Owner,
                                      string OwnerName, string? OwnerPhone, AssignmentRole Role, bool IsPrimary,
                                      DateTimeOffset ValidFrom, DateTimeOffset? ValidTo, string? Note);

/// <summary>A new assignment. A primary one hands over: the target's current primary ends at <see cref="ValidFrom"/>.</summary>
/// <param name="ValidFrom">When it starts; null: now. May lie in the past (a late record of a handover).</param>
public sealed record AssignOwnerInput(TargetRef Target, OwnerRef Owner, AssignmentRole Role, bool IsPrimary,
                                      DateTimeOffset? ValidFrom = null, string? Note = null);

/// <summary>The new assignment and, for a handover, the primary it ended; or the errors.</summary>
public sealed record AssignOwnerPayload(AssignmentRecord? Assignment, AssignmentRecord? Ended, IReadOnlyList<UserError> Errors)
    : Editing.IPayload
{
    internal static AssignOwnerPayload Fail(UserError error) => new(null, null, [error]);
}

/// <summary>The assignment after the change; or the errors.</summary>
public sealed record AssignmentPayload(AssignmentRecord? Assignment, IReadOnlyList<UserError> Errors) : Editing.IPayload
{
    internal static AssignmentPayload Fail(UserError error) => new(null, [error]);
}

/// <summary>Who answers for a zone (属地兜底): its own primary owner, else the nearest ancestor's.</summary>
/// <param name="LevelsUp">0: the zone's own owner; 1: its parent's; …</param>
/// <param name="Assignment">The primary assignment that answers; its target is the zone that has it.</param>
public sealed record ResponsibleOwner(long ZoneId, int LevelsUp, AssignmentRecord Assignment);

/// <summary>
/// The target would have two primary owners at once (责任主体唯一, the
/// <c>assignment_one_primary_per_target</c> exclusion constraint), e.g. a back-dated handover that
/// reaches into a later owner's period. <see cref="Conflicts"/> are the rows in the way.
/// </summary>
public sealed record OwnershipConflictError(string Message, IReadOnlyList<AssignmentRecord> Conflicts, string? Field = null)
    : UserError("OWNERSHIP_CONFLICT", Message, Field)
{
    internal static OwnershipConflictError Of(IReadOnlyList<AssignmentRecord> conflicts)
    {
        var zh = string.Join("；", conflicts.Select(c => $"“{c.OwnerName}” {Period(c)}"));
        var en = string.Join("; ", conflicts.Select(c => $"\"{c.OwnerName}\" {Period(c)}"));
        var (whoZh, whoEn) = conflicts.Count == 0 ? ("", "") : ($"（{zh}）", $" ({en})");
        return new($"同一对象同一时间只能有一个主责任人，这段时间已有主责任人{whoZh}。请把开始时间设在其之后，或先结束那条包联。" +
                   $"The target already has a primary owner in that period{whoEn}; there can be only one at a time: " +
                   "start after it or end that assignment first.", conflicts, "validFrom");
    }

    static string Period(AssignmentRecord a) =>
        $"{Editing.Say.Time(a.ValidFrom)} – {(a.ValidTo is { } to ? Editing.Say.Time(to) : "…")}";
}
