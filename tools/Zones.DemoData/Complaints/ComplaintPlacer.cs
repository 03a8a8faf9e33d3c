using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using Zones.DemoData.Core;
using Zones.DemoData.Generation;
using Zones.DemoData.Model;

namespace Zones.DemoData.Complaints;

/// <summary>
/// Where complaints happen: around the hot spots, along roads (town streets weigh more), around
/// places and dwellings, or anywhere; component complaints stand next to a real asset.
/// </summary>
internal sealed class ComplaintPlacer
{
    private readonly Township _t;
    private readonly Locator _locator;
    private readonly Rng _rng;
    private readonly double[] _roadWeights;
    private readonly double[] _placeWeights;
    private readonly Dictionary<string, List<Asset>> _byKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, STRtree<Asset>> _trees = new(StringComparer.Ordinal);
    private readonly List<Asset> _darkLights;

    public ComplaintPlacer(Township t, Locator locator, Rng rng)
    {
        _t = t;
        _locator = locator;
        _rng = rng;
        // The creek planted for issue #12 weighs nothing, so that the complaints stay where they were before it.
        _roadWeights = t.Roads.Select(r => t.Plants.CreekRoadNames.Contains(r.Name) ? 0
            : r.Length * (r.Class is "arterial" or "secondary" or "branch" ? 4 : 1)).ToArray();
        _placeWeights = t.Places.Select(p => p == t.Plants.CreekDwelling ? 0 : p.Kind == "dwelling" ? (p.Households ?? 50) / 60.0 : 2.0).ToArray();
        foreach (var kind in new[] { "bin", "streetlight", "landscape_light", "toilet", "garbage_room" })
        {
            var list = t.Assets.Where(a => a.Kind == kind && !a.Infill && a.Status is not ("lost" or "abandoned")).ToList();
            _byKind[kind] = list;
            var tree = new STRtree<Asset>();
            foreach (var a in list) tree.Insert(new Envelope(a.Metres), a);
            tree.Build();
            _trees[kind] = tree;
        }
        _darkLights = _byKind["streetlight"].Where(a => a.Status != "good").ToList();
    }

    public Coordinate NearHotSpot(HotSpot h)
    {
        for (var i = 0; i < 20; i++)
        {
            var c = new Coordinate(h.Centre.X + h.Sigma * _rng.Gaussian(), h.Centre.Y + h.Sigma * _rng.Gaussian());
            if (_locator.InTownship(c)) return c;
        }
        return h.Centre.Copy();
    }

    public Coordinate Background()
    {
        var env = _t.Zones[0].Metres.EnvelopeInternal;
        for (var i = 0; ; i++)
        {
            var x = _rng.NextDouble();
            Coordinate c;
            if (x < 0.55)
            {
                var road = _t.Roads[_rng.Weighted(_roadWeights)];
                var along = new Polyline(road.Metres.Coordinates.ToList());
                c = along.At(_rng.Range(0, along.Length), 8 * _rng.Gaussian());
            }
            else if (x < 0.85)
            {
                var place = _t.Places[_rng.Weighted(_placeWeights)];
                c = new Coordinate(place.Metres.X + 50 * _rng.Gaussian(), place.Metres.Y + 50 * _rng.Gaussian());
            }
            else
            {
                c = new Coordinate(_rng.Range(env.MinX, env.MaxX), _rng.Range(env.MinY, env.MaxY));
            }
            if (_locator.InTownship(c) || i > 50) return c;
        }
    }

    /// <summary>The asset a complaint is about (component categories and 垃圾箱满溢), and where the complaint then stands.</summary>
    public (Asset? Asset, Coordinate At) Asset(Category category, Coordinate at, bool hot)
    {
        var kind = category.Code switch { "0107" => "bin", "0302" => "toilet", "0303" => "toilet", _ => category.AssetKind };
        if (kind == null || category.Kind == "event" && category.Code != "0107") return (null, at);
        if (!_byKind.TryGetValue(kind, out var all) || all.Count == 0) return (null, at);
        Asset? asset;
        if (category.Code == "0107" || hot)
            asset = Nearest(kind, at, category.Code == "0107" ? 80 : 250);
        else if (kind == "streetlight" && _darkLights.Count > 0 && _rng.Chance(0.6))
            asset = _rng.Pick(_darkLights);
        else
            asset = _rng.Pick(all);
        if (asset == null) return (null, at);
        if (category.Code == "0302" && asset.Subtype == "mobile") return (null, at);
        var near = new Coordinate(asset.Metres.X + _rng.Range(-5, 5), asset.Metres.Y + _rng.Range(-5, 5));
        return (category.Code == "0303" ? null : asset, near);
    }

    private Asset? Nearest(string kind, Coordinate at, double within) =>
        Core.Nearest.Find(_trees[kind], at, within, a => a.Metres.Distance(at), a => a.Identifier).Item;

    /// <summary>A short location for the description and a full address (镇 + 村/社区 + 路 + 地标).</summary>
    public (string Location, string Address) Describe(Coordinate p)
    {
        var village = _locator.Village(p)?.Name ?? _locator.Area(p)?.Name;
        var road = _locator.Road(p, 60)?.Name;
        var place = _locator.Place(p, 150)?.Name;
        var location = place != null ? place + "附近" : road ?? village ?? _t.Name;
        var address = _t.Name + village + road + (place != null ? place + "附近" : road == null ? "境内" : "");
        return (location, address);
    }
}
