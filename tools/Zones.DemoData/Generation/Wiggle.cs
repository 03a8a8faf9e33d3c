using NetTopologySuite.Geometries;
using Zones.DemoData.Core;

namespace Zones.DemoData.Generation;

/// <summary>
/// A smooth displacement field that bends the straight Voronoi edges into boundaries that look drawn
/// along streams and field edges. The field is a function of position only and its slope stays well
/// below 1, so it is one-to-one (no new crossings) and two zones that share an edge still share it:
/// the same points go in, the same points come out.
/// </summary>
internal sealed class Wiggle
{
    private const double Step = 60;
    private readonly double _amplitude;
    private readonly double[] _k = new double[4];
    private readonly double[] _phase = new double[4];

    public Wiggle(Rng rng, double amplitude)
    {
        _amplitude = amplitude;
        for (var i = 0; i < 4; i++)
        {
            _k[i] = 2 * Math.PI / rng.Range(900, 1600);
            _phase[i] = rng.Range(0, 2 * Math.PI);
        }
    }

    public Coordinate Apply(Coordinate c) => new(
        c.X + _amplitude * (Math.Sin(_k[0] * c.Y + _phase[0]) + 0.5 * Math.Sin(_k[1] * (c.X + c.Y) + _phase[1])),
        c.Y + _amplitude * (Math.Sin(_k[2] * c.X + _phase[2]) + 0.5 * Math.Sin(_k[3] * (c.X - c.Y) + _phase[3])));

    public Polygon Polygon(Polygon p) => GeoFrame.Metres.CreatePolygon(Bend(p.ExteriorRing.Coordinates));

    private Coordinate[] Bend(Coordinate[] pts)
    {
        var result = new List<Coordinate> { Apply(pts[0]) };
        for (var i = 1; i < pts.Length; i++)
        {
            result.AddRange(Between(pts[i - 1], pts[i]).Select(Apply));
            result.Add(Apply(pts[i]));
        }
        return result.ToArray();
    }

    /// <summary>Points inside a segment, computed from its lower end so both directions give the same points.</summary>
    private static IEnumerable<Coordinate> Between(Coordinate a, Coordinate b)
    {
        var n = (int)Math.Ceiling(a.Distance(b) / Step);
        var forward = a.CompareTo(b) <= 0;
        var (lo, hi) = forward ? (a, b) : (b, a);
        var points = Enumerable.Range(1, Math.Max(0, n - 1))
            .Select(i => new Coordinate(lo.X + (hi.X - lo.X) * i / n, lo.Y + (hi.Y - lo.Y) * i / n)).ToList();
        if (!forward) points.Reverse();
        return points;
    }
}
