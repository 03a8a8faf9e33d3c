namespace Zones.Server.Data.Transfer;

/// <summary>The geometry a target's rows carry: assets and complaints points, roads lines, zones polygons; units, people and 包联 none.</summary>
enum Shape
{
    None,
    Point,
    Line,
    Polygon,
}
