using NetTopologySuite.Geometries;

namespace Zones.Server.Data.Editing;

/// <summary>How a boundary is treated on save. Everything off by default: problems are reported, not fixed.</summary>
/// <param name="AutoRepair">Store <c>ST_MakeValid(g, 'method=structure')</c> (areas only) instead of reporting an invalid boundary.</param>
/// <param name="ClipToParent">Store the part inside the parent instead of reporting the part outside.</param>
/// <param name="AllowOverlap">Save even when the boundary overlaps live siblings.</param>
/// <param name="AllowGap">Save even when the edit leaves part of the parent in no zone.</param>
public sealed record ZoneEditOptions(bool AutoRepair = false, bool ClipToParent = false, bool AllowOverlap = false, bool AllowGap = false)
{
    public static ZoneEditOptions Default { get; } = new();
}

/// <summary>A new zone. Boundaries are WGS84 (the API layer converts from the client's CRS).</summary>
/// <param name="TownshipCode">Required for a zone without parent; otherwise taken from the parent (and must match if given).</param>
/// <param name="Code">Null: the parent's code + the next free 3-digit sequence number.</param>
public sealed record CreateZoneInput(long? ParentId, ZoneLevel Level, string Name, Geometry Boundary, string? Code = null,
                                     string? TownshipCode = null, ZoneStatus Status = ZoneStatus.Published,
                                     ZoneEditOptions? Options = null);

/// <summary>Changes to a zone; null fields stay as they are.</summary>
public sealed record UpdateZoneInput(long Id, int ExpectedVersion, Geometry? Boundary = null, string? Name = null,
                                     string? Code = null, ZoneStatus? Status = null, ZoneEditOptions? Options = null);

/// <summary>The version the client last read of one zone.</summary>
public sealed record ZoneVersion(long Id, int ExpectedVersion);

/// <summary>One zone's new boundary in a shared-boundary edit.</summary>
public sealed record ZoneBoundaryEdit(long Id, int ExpectedVersion, Geometry Boundary);

/// <summary>Name and code of one part of a split; null fields are generated.</summary>
public sealed record SplitPartInput(string? Name = null, string? Code = null);

/// <summary>Cuts a zone along <paramref name="Blade"/> (a LineString crossing it).</summary>
/// <param name="Parts">One entry per part, parts ordered west → east, then north → south by centroid; null: generated.</param>
public sealed record SplitZoneInput(long Id, int ExpectedVersion, Geometry Blade, IReadOnlyList<SplitPartInput>? Parts = null);

/// <summary>Merges siblings into the first of <paramref name="Zones"/>, which keeps its id; the others are retired.</summary>
/// <param name="Name">New name of the merged zone; null keeps the first zone's name.</param>
/// <param name="Code">New code of the merged zone; null keeps the first zone's code.</param>
public sealed record MergeZonesInput(IReadOnlyList<ZoneVersion> Zones, string? Name = null, string? Code = null);
