using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>Runs the generation steps in order; with an asset target it adds 自然村 lanes until the target is reached.</summary>
internal static class TownshipGenerator
{
    public static GeneratedTownship Generate(TownshipSpec spec)
    {
        var result = Build(spec);
        if (spec.AssetTarget is not { } target) return result;
        for (var round = 0; result.Township.Assets.Count < target && round < 6; round++)
        {
            var count = result.Township.Assets.Count;
            var hamlets = (int)Math.Ceiling(spec.HamletsPerVillage * 1.15 * target / Math.Max(1, count)) + 1;
            spec = spec with { HamletsPerVillage = Math.Max(hamlets, spec.HamletsPerVillage + 1) };
            result = Build(spec);
        }
        if (result.Township.Assets.Count < target)
            throw new InvalidOperationException($"{spec.Name}: cannot reach {target} assets (got {result.Township.Assets.Count})");
        return result;
    }

    private static GeneratedTownship Build(TownshipSpec spec)
    {
        var rng = new Rng(spec.Seed);
        var t = new Township
        {
            DivisionCode = spec.DivisionCode, CountyCode = spec.CountyCode, Name = spec.Name, CountyName = spec.CountyName,
            ProvinceName = spec.ProvinceName, Reference = spec.Reference, Frame = new GeoFrame(spec.CenterLon, spec.CenterLat),
        };
        var layout = new VillageLayout(spec, rng.Fork("layout"));
        ZonePartition.Build(layout, t.Frame, rng.Fork("zones"), t, groupedVillages: 2);
        var reserved = Reserved(t, layout);
        var net = new RoadNetwork(spec, layout, rng.Fork("roads"), reserved);
        t.Plants.UnlitRoadNames.AddRange(net.Roads.Where(r => r.Unlit).Select(r => r.Name));
        t.Plants.UnlitVillageName = net.UnlitVillage.Name;
        t.Plants.CreekRoadNames.AddRange(TownTemplate.CreekStreets.Select(s => s.Name));
        t.Roads.AddRange(RoadNoder.Node(net.Roads, t.Frame));

        var orgBuilder = new OrgBuilder(spec, t, rng.Fork("org"));
        var org = orgBuilder.Build(layout);
        foreach (var g in t.Zones.Where(z => z.Level == "group"))
            org.GridWorkers.Add(orgBuilder.AddGridWorker(org.Committees[layout.Villages.First(v => v.Code == g.ParentCode).Index]));
        var places = new PlaceBuilder(t, layout, net, rng.Fork("places"));
        places.AddPlaces();
        places.AddBuiltUp();

        reserved.Add(net.UnlitVillage.Index);
        var noToilet = PlaceAssets(spec, t, layout, net, org, places, rng, reserved);

        ShopBuilder.AddShops(t, net, rng.Fork("shops"));
        reserved.Add(noToilet.Index);
        var unowned = layout.Villages.Where(v => !v.IsCommunity && v.Area != 0 && !reserved.Contains(v.Index))
            .OrderBy(v => v.Code, StringComparer.Ordinal).Last();
        new AssignmentBuilder(t, layout, org, rng.Fork("assignments")).Build(handoverArea: layout.Areas.Count - 1, unowned);
        HotSpots(t, net, places);
        return new GeneratedTownship(spec, t, layout, net, org);
    }

    /// <summary>Street lights and bins along the roads, then the facilities; returns the planted village without a toilet.</summary>
    private static VillageSite PlaceAssets(TownshipSpec spec, Township t, VillageLayout layout, RoadNetwork net, Org org,
        PlaceBuilder places, Rng rng, HashSet<int> reserved)
    {
        var lights = new LightPlacer(org, rng.Fork("lights"), spec.Reference, DarkLines(t, net));
        var bins = new BinPlacer(org, rng.Fork("bins"), spec.Reference)
        {
            Gap = (TownTemplate.BinGapStreet, places.At(TownTemplate.BinGapFrom), TownTemplate.BinGapLength),
        };
        var creek = net.Roads.Where(r => t.Plants.CreekRoadNames.Contains(r.Name)).ToList();
        var assets = net.Roads.Except(creek).SelectMany(lights.Place).ToList();
        assets.AddRange(net.Roads.Except(creek).SelectMany(bins.Place));
        var facilities = new FacilityPlacer(t, layout, org, places, bins, rng.Fork("facilities"));
        facilities.Place(reserved);
        assets.AddRange(facilities.Assets);
        t.Plants.BinGapRoadName = TownTemplate.BinGapStreet;
        t.Plants.BinGapMetres = bins.GapMetres;
        // The creek's roads (issue #12) get their lamps and bins from their own streams, listed after every other
        // asset: the earlier assets keep their serials and draws, and the complaints leave them alone (Infill).
        var creekAssets = creek.SelectMany(new LightPlacer(org, rng.Fork("creek-lights"), spec.Reference, []) { Infill = true }.Place).ToList();
        creekAssets.AddRange(creek.SelectMany(new BinPlacer(org, rng.Fork("creek-bins"), spec.Reference) { Infill = true }.Place));
        assets.AddRange(CoverageInfill.Run(t, layout, org, places, rng.Fork("infill"), assets.Concat(creekAssets).ToList(), facilities.NoToiletVillage!, bins.GapMetres));
        assets.AddRange(creekAssets);
        if (spec.AssetTarget is { } target && assets.Count > target) assets = Trim(assets, target);
        t.Assets.AddRange(assets);
        Identify(t, spec.SerialBase);
        return facilities.NoToiletVillage!;
    }

    /// <summary>Villages that already carry a plant (gap, overlap, groups), kept apart from later plants.</summary>
    private static HashSet<int> Reserved(Township t, VillageLayout layout)
    {
        var codes = t.Plants.GapVillageCodes.Concat(t.Plants.OverlapVillageCodes)
            .Concat(t.Zones.Where(z => z.Level == "group").Select(z => z.ParentCode!)).ToHashSet();
        return layout.Villages.Where(v => codes.Contains(v.Code)).Select(v => v.Index).ToHashSet();
    }

    /// <summary>The planted dark segments, plus a 220 m lamp-free stretch in the middle of the longest 过境公路 segment.</summary>
    private static List<LineString> DarkLines(Township t, RoadNetwork net)
    {
        var dark = t.Roads.Where(s => net.Roads[s.RoadIndex].Unlit).Select(s => s.Metres).ToList();
        var longest = t.Roads.Where(s => s.Class == "highway").OrderByDescending(s => s.Length).First();
        var indexed = new LengthIndexedLine(longest.Metres);
        var half = Math.Min(110, longest.Length * 0.25);
        var stretch = (LineString)indexed.ExtractLine(longest.Length / 2 - half, longest.Length / 2 + half);
        t.Plants.DarkStretchRoadCode = longest.Code;
        t.Plants.DarkStretchMetres = stretch;
        dark.Add(stretch);
        return dark;
    }

    /// <summary>Keeps <paramref name="keep"/> assets, dropping street lights (then bins) evenly along the list.</summary>
    private static List<Asset> Trim(List<Asset> assets, int keep)
    {
        var excess = assets.Count - keep;
        var lights = assets.Where(a => a.Kind == "streetlight").ToList();
        var drop = new HashSet<Asset>();
        foreach (var pool in new[] { lights, assets.Where(a => a.Kind == "bin").ToList(), assets })
        {
            var n = Math.Min(excess - drop.Count, pool.Count(a => !drop.Contains(a)));
            var candidates = pool.Where(a => !drop.Contains(a)).ToList();
            for (var i = 0; i < candidates.Count && n > 0; i++)
                if ((long)(i + 1) * n / candidates.Count > (long)i * n / candidates.Count) drop.Add(candidates[i]);
            if (drop.Count >= excess) break;
        }
        return assets.Where(a => !drop.Contains(a)).ToList();
    }

    /// <summary>16-digit 部件标识码: county code + class code + 6-digit serial per class; road code of the nearest segment.</summary>
    private static void Identify(Township t, int serialBase)
    {
        var index = new SegmentIndex(t.Roads);
        var serials = new Dictionary<string, int>();
        foreach (var a in t.Assets.OrderBy(a => a.ClassCode, StringComparer.Ordinal))
        {
            var serial = serials[a.ClassCode] = serials.GetValueOrDefault(a.ClassCode) + 1;
            if (serial + serialBase > 999_999) throw new InvalidOperationException("asset serials exceed 6 digits");
            a.Identifier = t.CountyCode + a.ClassCode + (serialBase + serial).ToString("D6", Fmt.Inv);
            if (a.OnRoad) a.RoadCode = index.Nearest(a.Metres, 60).Segment?.Code;
        }
        var sorted = t.Assets.OrderBy(a => a.Identifier, StringComparer.Ordinal).ToList();
        t.Assets.Clear();
        t.Assets.AddRange(sorted);
    }

    private static void HotSpots(Township t, RoadNetwork net, PlaceBuilder places)
    {
        // The 村口 nearest the town but well clear of it, so the hot spots stay apart.
        var entrance = net.Junctions.Where(j => j.Target.Class == "highway" && j.Village != net.UnlitVillage && j.Junction.Distance(new Coordinate(0, 0)) > 1500)
            .OrderBy(j => j.Junction.Distance(new Coordinate(0, 0))).Select(j => ((Coordinate, string)?)(j.Junction, j.Village.Name + "村口"))
            .FirstOrDefault() ?? (net.Junctions[0].Junction, net.Junctions[0].Village.Name + "村口");
        t.Plants.HotSpots.Add(new HotSpot(places.Stem + "农贸市场", places.At(TownTemplate.Market), 45, 0.16, ["E0102", "E0107", "E0501", "E0104", "C0301"]));
        t.Plants.HotSpots.Add(new HotSpot(places.Stem + "汽车站", places.At(TownTemplate.BusStation), 50, 0.11, ["E0104", "E0102", "C0301", "E0107"]));
        t.Plants.HotSpots.Add(new HotSpot(entrance.Item2, entrance.Item1, 55, 0.09, ["E0103", "E0102", "C0118", "E0107"]));
        t.Plants.HotSpots.Add(new HotSpot(places.Stem + "文化广场", places.At(TownTemplate.Square), 40, 0.07, ["C0120", "E0106", "E0104", "E0102"]));
    }
}
