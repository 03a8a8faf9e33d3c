using System.Text.Json.Nodes;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// Where imported polygons and their siblings (same parent, same level; in the file or the township)
/// do not tile: a <c>sliver</c> (an overlap thinner than about a metre: survey noise), an
/// <c>overlap</c> (thicker: two boundaries disagree), or a <c>gap</c> (a hole between siblings).
/// </summary>
/// <param name="Kind"><c>sliver</c>, <c>overlap</c> or <c>gap</c>.</param>
/// <param name="Codes">The zones involved (two for an overlap; those around a gap).</param>
/// <param name="AreaM2">Area on the spheroid, in square metres.</param>
/// <param name="Snapped">True when the import's snapping made it disappear.</param>
/// <param name="Geometry">The sliver, overlap or gap as a GeoJSON geometry (WGS84).</param>
public sealed record TopologyFinding(string Kind, IReadOnlyList<string> Codes, double AreaM2, bool Snapped, JsonNode? Geometry);

/// <summary>What snapping did to one imported polygon.</summary>
/// <param name="Row">The polygon's row.</param>
/// <param name="Code">Its code.</param>
/// <param name="AreaBeforeM2">Area as in the file, square metres.</param>
/// <param name="AreaAfterM2">Area as written.</param>
public sealed record AreaChange(int Row, string Code, double AreaBeforeM2, double AreaAfterM2);
