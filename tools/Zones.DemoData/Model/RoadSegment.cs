using NetTopologySuite.Geometries;

namespace Zones.DemoData.Model;

/// <summary>One 路段: a piece of a named road between two intersections (or an end).</summary>
public sealed record RoadSegment(string Code, string Name, string Class, int RoadIndex, LineString Degrees, LineString Metres)
{
    public double Length => Metres.Length;
}
