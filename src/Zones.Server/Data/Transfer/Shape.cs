namespace Zones.Server.Data.Transfer;

/// <summary>The geometry a target's rows carry: assets and complaints points, roads lines, zones polygons.</summary>
enum Shape
{
    Point,
    Line,
    Polygon,
}
