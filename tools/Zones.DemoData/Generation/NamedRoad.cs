using NetTopologySuite.Geometries;

namespace Zones.DemoData.Generation;

/// <summary>A whole named road as drawn (metres), before it is split into 路段 at intersections.</summary>
internal sealed class NamedRoad
{
    public required int Index { get; init; }
    public required string Name { get; init; }
    /// <summary>arterial, secondary, branch, village or highway.</summary>
    public required string Class { get; init; }
    public required List<Coordinate> Points { get; init; }
    /// <summary>Lamp pole height H (m) used when the road is lit.</summary>
    public required double PoleHeight { get; init; }
    public required string LightSubtype { get; init; }
    /// <summary>Distance of lamps from the centreline (m).</summary>
    public required double LampOffset { get; init; }
    /// <summary>Lamp spacing as a multiple of H (CJJ 45: S ≈ 3–4 H).</summary>
    public double SpacingFactor { get; init; } = 3.2;
    public bool InTown { get; init; }
    public bool Unlit { get; set; }
    public int? Village { get; init; }
    public bool IsLane { get; init; }
    /// <summary>Lamps and bins stand on this side (+1 left, -1 right).</summary>
    public int Side { get; init; } = 1;

    public LineString Line => GeometryFactory.Default.CreateLineString(Points.ToArray());

    /// <summary>Inserts <paramref name="p"/> (a point on segment <paramref name="segment"/>) as a vertex, unless one is already there.</summary>
    public Coordinate Attach(int segment, Coordinate p, double snap)
    {
        foreach (var v in Points)
            if (v.Distance(p) <= snap) return v;
        Points.Insert(segment + 1, p);
        return p;
    }
}
