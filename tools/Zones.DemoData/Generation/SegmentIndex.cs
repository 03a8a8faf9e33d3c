using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>Road segments in an STR-tree for nearest-segment look-ups in metres.</summary>
internal sealed class SegmentIndex
{
    private readonly STRtree<RoadSegment> _tree = new();

    public SegmentIndex(IEnumerable<RoadSegment> segments)
    {
        foreach (var s in segments) _tree.Insert(s.Metres.EnvelopeInternal, s);
        _tree.Build();
    }

    /// <summary>The nearest segment within <paramref name="maxDistance"/> (ties go to the lower code), or null.</summary>
    public (RoadSegment? Segment, double Distance) Nearest(Coordinate p, double maxDistance)
    {
        var point = GeoFrame.Metres.CreatePoint(p);
        return Core.Nearest.Find(_tree, p, maxDistance, s => s.Metres.Distance(point), s => s.Code);
    }

    /// <summary>Segments whose envelope is within <paramref name="distance"/> of the point.</summary>
    public IList<RoadSegment> Within(Coordinate p, double distance)
    {
        var env = new Envelope(p);
        env.ExpandBy(distance);
        return _tree.Query(env);
    }
}
