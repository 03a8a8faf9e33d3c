namespace Zones.Server.Data.Editing;

/// <summary>One zone written (created, updated, retired, merged), or the errors.</summary>
public sealed record ZonePayload(ZoneRecord? Zone, IReadOnlyList<UserError> Errors) : IPayload
{
    internal static ZonePayload Fail(UserError error) => new(null, [error]);
}

/// <summary>Several zones written together (shared-boundary edit), or the errors.</summary>
public sealed record ZonesPayload(IReadOnlyList<ZoneRecord> Zones, IReadOnlyList<UserError> Errors) : IPayload
{
    internal static ZonesPayload Fail(UserError error) => new([], [error]);
}

/// <summary>A child zone given a new parent by a split or a merge.</summary>
public sealed record ChildMove(long ChildId, long NewParentId);

/// <summary>The parts of a split (the original is retired), the children moved to them, or the errors.</summary>
public sealed record SplitZonePayload(IReadOnlyList<ZoneRecord> Parts, IReadOnlyList<ChildMove> MovedChildren,
                                      IReadOnlyList<UserError> Errors) : IPayload
{
    internal static SplitZonePayload Fail(UserError error) => new([], [], [error]);
}

/// <summary>The merged zone (the first of the input, keeping its id), the zones retired into it, the children moved to it; or the errors.</summary>
public sealed record MergeZonesPayload(ZoneRecord? Zone, IReadOnlyList<ZoneRecord> Retired, IReadOnlyList<ChildMove> MovedChildren,
                                       IReadOnlyList<UserError> Errors) : IPayload
{
    internal static MergeZonesPayload Fail(UserError error) => new(null, [], [], [error]);
}
