using NetTopologySuite.Geometries;

namespace Zones.Server.Data.History;

/// <summary>
/// One change in a zone's life, as the zone history page lists it: a new version of the zone
/// (created, boundary, name, status or parent changed) or a 包联 assignment opened or ended.
/// </summary>
/// <param name="Kind">CREATED, BOUNDARY, RENAMED, STATUS, OWNER_ASSIGNED, OWNER_ENDED or PARENT.</param>
/// <param name="Actor">The login (or key, or loader) the audit log names for the write.</param>
/// <param name="ActorName">The person's name of that account, else its display name; null for keys and system writers.</param>
/// <param name="Version">The zone version the change produced; null for 包联 changes.</param>
/// <param name="Before">Old name, status, parent's name or owner's name (the owner handed over from).</param>
/// <param name="After">New name, status, parent's name or owner's name.</param>
public sealed record ZoneChange(long ZoneId, DateTimeOffset At, string Kind, string Actor, string? ActorName, int? Version,
                                string? Before, string? After, Geometry? BoundaryBefore, Geometry? BoundaryAfter);
