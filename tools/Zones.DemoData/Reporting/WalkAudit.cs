using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using Zones.DemoData.Model;

namespace Zones.DemoData.Reporting;

/// <summary>
/// Walking distance between two points over the road segments (metres, flat frame), the way the server measures
/// it (issue #12): straight to the foot on the nearest segment, then along the roads (Dijkstra over segment ends).
/// </summary>
internal static class WalkAudit
{
    public static double Distance(Township t, Coordinate from, Coordinate to)
    {
        var (sa, fa, aa) = Foot(t, from);
        var (sb, fb, ab) = Foot(t, to);
        if (sa == sb) return aa + Math.Abs(fa - fb) + ab;
        var ends = new Dictionary<Coordinate, double>();
        foreach (var s in t.Roads)
            foreach (var c in new[] { s.Metres.StartPoint.Coordinate, s.Metres.EndPoint.Coordinate }) ends[c] = double.MaxValue;
        ends[sa.Metres.StartPoint.Coordinate] = Math.Min(ends[sa.Metres.StartPoint.Coordinate], aa + fa);
        ends[sa.Metres.EndPoint.Coordinate] = Math.Min(ends[sa.Metres.EndPoint.Coordinate], aa + sa.Length - fa);
        var done = new HashSet<Coordinate>();
        while (true)
        {
            var next = ends.Where(e => !done.Contains(e.Key) && e.Value < double.MaxValue).OrderBy(e => e.Value).Select(e => (Coordinate?)e.Key).FirstOrDefault();
            if (next is not { } at) break;
            done.Add(at);
            foreach (var s in t.Roads)
            {
                var other = s.Metres.StartPoint.Coordinate.Equals2D(at) ? s.Metres.EndPoint.Coordinate
                    : s.Metres.EndPoint.Coordinate.Equals2D(at) ? s.Metres.StartPoint.Coordinate : null;
                if (other != null && ends[at] + s.Length < ends[other]) ends[other] = ends[at] + s.Length;
            }
        }
        return Math.Min(ends[sb.Metres.StartPoint.Coordinate] + fb, ends[sb.Metres.EndPoint.Coordinate] + sb.Length - fb) + ab;
    }

    /// <summary>The nearest segment, how far along it the foot of the perpendicular lies, and how far off the road the point is.</summary>
    private static (RoadSegment Segment, double Along, double Access) Foot(Township t, Coordinate p)
    {
        var point = GeometryFactory.Default.CreatePoint(p);
        var s = t.Roads.OrderBy(r => r.Metres.Distance(point)).First();
        return (s, new LengthIndexedLine(s.Metres).Project(p), s.Metres.Distance(point));
    }
}
