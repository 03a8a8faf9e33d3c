namespace Zones.DemoData.Model;

/// <summary>包联: a target (zone, road, asset, shop) answered for by a person or unit over a time range.</summary>
public sealed record Assignment(
    string TargetKind, string TargetCode, string OwnerKind, string OwnerCode, string Role,
    bool IsPrimary, DateTime ValidFrom, DateTime? ValidTo, string? Note);
