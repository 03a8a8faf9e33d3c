using NetTopologySuite.Geometries;

namespace Zones.Server.Data.Editing;

/// <summary>Levels of the zone tree, top down (stored as <c>county</c>, <c>township</c>, …).</summary>
public enum ZoneLevel { County, Township, Area, Village, Group }

/// <summary>Publication state of a zone; <see cref="Retired"/> zones have <c>valid_to</c> set.</summary>
public enum ZoneStatus { Draft, Published, Retired }

/// <summary>A zone as stored now (<c>zones.zone</c>), boundary in WGS84.</summary>
/// <param name="Version">Optimistic-concurrency token: pass it back as <c>expectedVersion</c>.</param>
/// <param name="ValidTo">Null while the zone is live; the instant it was retired otherwise.</param>
public sealed record ZoneRecord(long Id, string TownshipCode, long? ParentId, ZoneLevel Level, string Code, string Name,
                                ZoneStatus Status, Geometry Boundary, int Version, DateTimeOffset ValidFrom, DateTimeOffset? ValidTo)
{
    public bool IsLive => ValidTo is null;

    public ZoneRef Ref => new(Id, Code, Name);
}

/// <summary>A zone named in an error or a report without its boundary.</summary>
public sealed record ZoneRef(long Id, string Code, string Name);

/// <summary>Two zones' interiors overlap (<c>ST_Relate '2********'</c>).</summary>
/// <param name="ZoneId">The zone being saved; null for a zone being created.</param>
/// <param name="ZoneName">Its name (the new name for a zone being created).</param>
/// <param name="OtherId">The sibling it overlaps.</param>
/// <param name="Overlap">The shared area, WGS84.</param>
/// <param name="AreaM2">Its area in m² on the ellipsoid.</param>
public sealed record ZoneOverlap(long? ZoneId, string ZoneName, long OtherId, string OtherName, Geometry Overlap, double AreaM2);

/// <summary>A part of a parent covered by none of its children.</summary>
public sealed record ZoneGap(Geometry Gap, double AreaM2);
