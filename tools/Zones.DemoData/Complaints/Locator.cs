using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using Zones.DemoData.Core;
using Zones.DemoData.Generation;
using Zones.DemoData.Model;

namespace Zones.DemoData.Complaints;

/// <summary>Answers "which village, road and place is this point near" in metres, for addresses and routing.</summary>
internal sealed class Locator
{
    private readonly List<(Zone Zone, IndexedPointInAreaLocator Locator)> _villages;
    private readonly List<(Zone Zone, IndexedPointInAreaLocator Locator)> _areas;
    private readonly IndexedPointInAreaLocator _township;
    private readonly SegmentIndex _roads;
    private readonly STRtree<Place> _places = new();
    private readonly List<(Geometry Area, IndexedPointInAreaLocator Locator)> _builtUp;

    public Locator(Township t)
    {
        _villages = t.Zones.Where(z => z.Level == "village").Select(z => (z, new IndexedPointInAreaLocator(z.Metres))).ToList();
        _areas = t.Zones.Where(z => z.Level == "area").Select(z => (z, new IndexedPointInAreaLocator(z.Metres))).ToList();
        _township = new IndexedPointInAreaLocator(t.Zones.First(z => z.Level == "township").Metres);
        _builtUp = t.BuiltUp.Select(b => (b.Metres, new IndexedPointInAreaLocator(b.Metres))).ToList();
        _roads = new SegmentIndex(t.Roads);
        foreach (var p in t.Places) _places.Insert(new Envelope(p.Metres), p);
        _places.Build();
    }

    public bool InTownship(Coordinate p) => _township.Locate(p) == Location.Interior;

    public bool InBuiltUp(Coordinate p) => _builtUp.Any(b => b.Area.EnvelopeInternal.Contains(p) && b.Locator.Locate(p) != Location.Exterior);

    /// <summary>The first village (by code) containing the point, or null in the planted gap.</summary>
    public Zone? Village(Coordinate p) => First(_villages, p);

    public Zone? Area(Coordinate p) => First(_areas, p);

    private static Zone? First(List<(Zone Zone, IndexedPointInAreaLocator Locator)> zones, Coordinate p)
    {
        foreach (var (zone, locator) in zones)
            if (zone.Metres.EnvelopeInternal.Contains(p) && locator.Locate(p) != Location.Exterior) return zone;
        return null;
    }

    public RoadSegment? Road(Coordinate p, double within) => _roads.Nearest(p, within).Segment;

    public Place? Place(Coordinate p, double within) => Nearest.Find(_places, p, within, x => x.Metres.Distance(p), x => x.Name).Item;
}
