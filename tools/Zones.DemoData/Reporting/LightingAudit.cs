using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.LinearReferencing;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Reporting;

/// <summary>
/// The lighting rules of DOMAIN §5.2, computed from the generated data: (a) segments over 50 m with
/// no lamp within 25 m; (b) lamp-free stretches longer than 2 × S_nom on lit segments, S_nom = 3.5 H
/// (3 H on arterials in the built-up area), H the median pole height of the segment's street lights.
/// </summary>
internal static class LightingAudit
{
    public const double Reach = 25;

    public sealed record Stretch(RoadSegment Segment, double From, double To, double Threshold, bool GoodOnly)
    {
        public double Length => To - From;
    }

    public static (List<RoadSegment> Unlit, List<Stretch> Stretches) Run(Township t)
    {
        var tree = new STRtree<Asset>();
        foreach (var a in t.Assets.Where(a => a.IsLighting)) tree.Insert(new Envelope(a.Metres), a);
        tree.Build();
        var unlit = new List<RoadSegment>();
        var stretches = new List<Stretch>();
        foreach (var s in t.Roads)
        {
            var env = new Envelope(s.Metres.EnvelopeInternal);
            env.ExpandBy(Reach);
            var lamps = tree.Query(env).Where(a => s.Metres.IsWithinDistance(GeoFrame.Metres.CreatePoint(a.Metres), Reach)).ToList();
            if (lamps.Count == 0)
            {
                if (s.Length > 50) unlit.Add(s);
                continue;
            }
            var heights = lamps.Where(a => a.Kind == "streetlight").Select(a => a.PoleHeight ?? 8).Order().ToList();
            var h = heights.Count > 0 ? heights[heights.Count / 2] : 8;
            var mainStreet = s.Class == "arterial" && t.BuiltUp.Any(b => b.Metres.Contains(s.Metres.InteriorPoint));
            var threshold = 2 * (mainStreet ? 3.0 : 3.5) * h;
            stretches.AddRange(Gaps(s, lamps, threshold, goodOnly: false));
            stretches.AddRange(Gaps(s, lamps.Where(a => a.Status == "good").ToList(), threshold, goodOnly: true));
        }
        return (unlit, stretches);
    }

    private static IEnumerable<Stretch> Gaps(RoadSegment s, List<Asset> lamps, double threshold, bool goodOnly)
    {
        var indexed = new LengthIndexedLine(s.Metres);
        var positions = lamps.Select(a => indexed.Project(a.Metres)).Append(0).Append(s.Length).Order().ToList();
        for (var i = 1; i < positions.Count; i++)
            if (positions[i] - positions[i - 1] > threshold)
                yield return new Stretch(s, positions[i - 1], positions[i], threshold, goodOnly);
    }
}
