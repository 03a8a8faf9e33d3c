using NetTopologySuite.Geometries;

namespace Zones.DemoData.Generation;

/// <summary>Walks a polyline by distance: the point at s metres and the direction there.</summary>
internal sealed class Polyline
{
    private readonly List<Coordinate> _points;
    private readonly double[] _cumulative;

    public Polyline(List<Coordinate> points)
    {
        _points = points;
        _cumulative = new double[points.Count];
        for (var i = 1; i < points.Count; i++) _cumulative[i] = _cumulative[i - 1] + points[i - 1].Distance(points[i]);
    }

    public double Length => _cumulative[^1];

    /// <summary>The point at distance <paramref name="s"/> moved <paramref name="offset"/> metres to the left.</summary>
    public Coordinate At(double s, double offset = 0)
    {
        s = Math.Clamp(s, 0, Length);
        var i = Array.BinarySearch(_cumulative, s);
        if (i < 0) i = ~i - 1;
        i = Math.Clamp(i, 0, _points.Count - 2);
        var a = _points[i];
        var b = _points[i + 1];
        var len = a.Distance(b);
        var t = len == 0 ? 0 : (s - _cumulative[i]) / len;
        var dx = len == 0 ? 1 : (b.X - a.X) / len;
        var dy = len == 0 ? 0 : (b.Y - a.Y) / len;
        return new Coordinate(a.X + t * (b.X - a.X) - dy * offset, a.Y + t * (b.Y - a.Y) + dx * offset);
    }
}
