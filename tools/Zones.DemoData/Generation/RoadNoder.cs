using NetTopologySuite.Geometries;
using NetTopologySuite.Noding;
using NetTopologySuite.Noding.Snapround;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>
/// Splits the named roads into 路段 at every intersection. Noding is snap-rounded on the output
/// grid (1e-7°), so two segments meet at exactly the same vertex and never cross inside.
/// </summary>
internal static class RoadNoder
{
    public static List<RoadSegment> Node(IReadOnlyList<NamedRoad> roads, GeoFrame frame)
    {
        var strings = roads
            .Select(r => (ISegmentString)new NodedSegmentString(r.Points.Select(frame.ToDegrees).ToArray(), r))
            .ToList();
        var noder = new SnapRoundingNoder(GeoFrame.Grid);
        noder.ComputeNodes(strings);
        var byRoad = roads.ToDictionary(r => r.Index, _ => new List<Coordinate[]>());
        foreach (var piece in noder.GetNodedSubstrings())
        {
            var pts = CoordinateArrays.RemoveRepeatedPoints(piece.Coordinates);
            if (pts.Length >= 2) byRoad[((NamedRoad)piece.Context).Index].Add(pts);
        }
        var ordered = roads.OrderBy(Rank).ThenBy(r => r.Index).ToList();
        var total = byRoad.Values.Sum(l => l.Count);
        var width = Math.Max(3, Fmt.Int(total).Length);
        var segments = new List<RoadSegment>();
        foreach (var road in ordered)
            foreach (var pts in byRoad[road.Index])
            {
                var code = "R" + (segments.Count + 1).ToString("D" + width, Fmt.Inv);
                var deg = GeoFrame.Degrees.CreateLineString(pts);
                segments.Add(new RoadSegment(code, road.Name, road.Class, road.Index, deg, (LineString)frame.ToMetres(deg)));
            }
        return segments;
    }

    private static int Rank(NamedRoad r) => r.IsLane ? 5 : r.Class switch
    {
        "highway" => 0, "arterial" => 1, "secondary" => 2, "branch" => 3, _ => 4,
    };
}
