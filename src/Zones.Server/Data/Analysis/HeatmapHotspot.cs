using NetTopologySuite.Geometries;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// A repeat hot spot (重复投诉点位, DOMAIN.md §5.3): at least RepeatHotspotMinimum complaints each
/// within RepeatRadiusM of another core complaint (DBSCAN in metres).
/// </summary>
/// <param name="Geometry">The centroid of the complaints, WGS84.</param>
/// <param name="CategoryCodes">The distinct 大类小类 codes among them, sorted.</param>
/// <param name="ZoneId">The zone most of them were routed to.</param>
public sealed record HeatmapHotspot(int Count, Geometry Geometry, IReadOnlyList<string> CategoryCodes, long? ZoneId, string TownshipCode);
