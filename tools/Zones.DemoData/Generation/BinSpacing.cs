using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.LinearReferencing;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>
/// The street-bin rule of the server's BinSpacingCheck (DOMAIN §5.2, GB/T 50337-2018 4.4.2) in the
/// generator's metres: per road segment, the stretches between its ends and the bins within
/// <see cref="Reach"/> m projected onto it, longer than the class spacing (村道 are not checked).
/// </summary>
internal static class BinSpacing
{
    public const double Reach = 30;

    public static double? Spacing(string roadClass) => roadClass switch
    {
        "arterial" => 100, "secondary" => 200, "branch" => 200, "highway" => 400, _ => null,
    };

    public sealed record Gap(RoadSegment Segment, double From, double To, double Spacing)
    {
        public double Length => To - From;
    }

    /// <summary>
    /// Stretches longer than spacing − <paramref name="slack"/> with none of <paramref name="bins"/>
    /// within <paramref name="reach"/> m (a positive slack and a shorter reach err on the side of a gap).
    /// </summary>
    public static List<Gap> Gaps(IEnumerable<RoadSegment> roads, IEnumerable<Asset> bins, double reach = Reach, double slack = 0)
    {
        var tree = Tree(bins);
        var gaps = new List<Gap>();
        foreach (var s in roads)
        {
            if (Spacing(s.Class) is not { } d) continue;
            var line = new LengthIndexedLine(s.Metres);
            var at = Near(tree, s, reach).Select(a => line.Project(a.Metres)).Append(0).Append(s.Length).Order().ToList();
            for (var i = 1; i < at.Count; i++)
                if (at[i] - at[i - 1] > d - slack) gaps.Add(new Gap(s, at[i - 1], at[i], d));
        }
        return gaps;
    }

    /// <summary>Whether the point lies within <paramref name="reach"/> m of a checked segment (then a bin there counts for spacing).</summary>
    public static bool OnCheckedRoad(SegmentIndex roads, Coordinate p, double reach) =>
        roads.Within(p, reach).Any(s => Spacing(s.Class) != null && s.Metres.IsWithinDistance(GeoFrame.Metres.CreatePoint(p), reach));

    public static STRtree<Asset> Tree(IEnumerable<Asset> bins)
    {
        var tree = new STRtree<Asset>();
        foreach (var a in bins) tree.Insert(new Envelope(a.Metres), a);
        tree.Build();
        return tree;
    }

    public static IEnumerable<Asset> Near(STRtree<Asset> tree, RoadSegment s, double reach)
    {
        var env = new Envelope(s.Metres.EnvelopeInternal);
        env.ExpandBy(reach);
        return tree.Query(env).Where(a => s.Metres.IsWithinDistance(GeoFrame.Metres.CreatePoint(a.Metres), reach));
    }
}
