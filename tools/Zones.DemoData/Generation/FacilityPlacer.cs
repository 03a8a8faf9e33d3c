using NetTopologySuite.Geometries;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>
/// Public toilets, collection points, 垃圾房, the transfer station, landscape lights and the bins
/// that stand at places (DOMAIN §5.2: bus stops, squares, parks and toilets have a bin within ~30 m).
/// </summary>
internal sealed class FacilityPlacer(Township t, VillageLayout layout, Org org, PlaceBuilder places, BinPlacer bins, Rng rng)
{
    public List<Asset> Assets { get; } = [];
    public VillageSite? NoToiletVillage { get; private set; }

    public void Place(ISet<int> reserved)
    {
        TownToilets();
        VillageToilets(reserved);
        WastePoints();
        LandscapeLights();
        foreach (var p in t.Places.Where(p => p.Kind is not ("dwelling" or "village_committee")))
            Assets.Add(bins.Bin(Near(p.Metres, 8, 22), town: true, layout.VillageAt(p.Metres).Index, onRoad: false));
        foreach (var v in layout.Villages)
        {
            Assets.Add(bins.Bin(Near(v.Committee, 8, 25), v.IsCommunity, v.Index, onRoad: false));
            foreach (var h in v.Hamlets)
                for (var k = 0; k < (v.IsCommunity ? 3 : 1 + h.Households / 150); k++)
                    Assets.Add(bins.Bin(Near(h.Position, 5, 45), v.IsCommunity, v.Index, onRoad: false));
        }
        foreach (var toilet in Assets.Where(a => a.Kind == "toilet").ToList())
            Assets.Add(bins.Bin(Near(toilet.Metres, 6, 18), town: true, layout.VillageAt(toilet.Metres).Index, onRoad: false));
    }

    private Coordinate Near(Coordinate c, double min, double max) => VillageLayout.PointNear(rng, c, min, max, Polygon.Empty, [], 0);

    private void TownToilets()
    {
        var stem = places.Stem;
        (string Name, (double X, double Y) At, string Subtype)[] list =
        [
            (stem + "农贸市场公厕", Offset(TownTemplate.Market, 38, 30), "flush"),
            (stem + "汽车站公厕", Offset(TownTemplate.BusStation, 32, 22), "flush"),
            (stem + "文化广场公厕", Offset(TownTemplate.Square, -34, 26), "flush"),
            ("人民路公厕", (730, -25), "flush"),
            ("建设路公厕", (-300, 440), "flush"),
            (stem + "溪畔公园公厕", Offset(TownTemplate.Park, 30, -28), "flush"),
            (stem + "农贸市场移动公厕", Offset(TownTemplate.Market, -32, -26), "mobile"),
            // Planted: an old 旱厕 in the old street, inside the built-up area (建成区无旱厕 rule).
            ("南街老公厕", TownTemplate.OldStreetToilet, "dry"),
        ];
        foreach (var (name, at, subtype) in list) Toilet(name, places.At(at), subtype, town: true, village: null);
    }

    private static (double X, double Y) Offset((double X, double Y) p, double dx, double dy) => (p.X + dx, p.Y + dy);

    private void VillageToilets(ISet<int> reserved)
    {
        var rural = layout.Villages.Where(v => !v.IsCommunity).OrderBy(v => v.Code, StringComparer.Ordinal).ToList();
        NoToiletVillage = rural.Where(v => v.Area != 0 && !reserved.Contains(v.Index))
            .OrderByDescending(v => v.Committee.Distance(new Coordinate(0, 0))).First();
        var dry = rural.Where(v => v != NoToiletVillage).OrderByDescending(v => v.Committee.Distance(new Coordinate(0, 0))).Take(2).ToHashSet();
        foreach (var v in rural.Where(v => v != NoToiletVillage))
        {
            var at = VillageLayout.PointNear(rng, v.Committee, 30, 80, v.Cell.Buffer(-30), [], 0);
            Toilet(v.Name + (dry.Contains(v) ? "旱厕" : "公厕"), at, dry.Contains(v) ? "dry" : "flush", town: false, v);
            var big = v.Hamlets.OrderByDescending(h => h.Households).FirstOrDefault();
            if (big != null && v.Hamlets.Sum(h => h.Households) > 380)
                Toilet(v.Name + big.Name + "公厕", Near(big.Position, 25, 60), "flush", town: false, v);
        }
        // Planted: exactly one toilet with no 管护单位.
        Assets.Last(a => a.Kind == "toilet" && a.Subtype == "flush" && a.OwnerUnitCode != org.SanitationOffice.Code).MaintainerUnitCode = null;
    }

    private Asset Toilet(string name, Coordinate at, string subtype, bool town, VillageSite? village)
    {
        var committee = village is null ? null : org.Committees[village.Index];
        var toilet = new Asset
        {
            Kind = "toilet", Subtype = subtype, ClassCode = "0301", Name = name, Metres = at,
            MaintainerUnitCode = town || rng.Chance(0.4) ? org.CleaningCompany.Code : committee!.Code,
            OwnerUnitCode = committee?.Code ?? org.SanitationOffice.Code,
            InstallDate = subtype switch
            {
                "dry" => new DateOnly(rng.Between(1996, 2008), rng.Between(1, 12), rng.Between(1, 28)),
                "mobile" => new DateOnly(2024, rng.Between(3, 9), rng.Between(1, 28)),
                _ => new DateOnly(town ? rng.Between(2010, 2021) : rng.Between(2016, 2022), rng.Between(1, 12), rng.Between(1, 28)),
            },
        };
        var (male, female, accessible) = subtype switch
        {
            "dry" => (2, 2, 0),
            "mobile" => (1, 1, 0),
            _ when town => (rng.Between(3, 6), rng.Between(4, 8), 1),
            _ => (rng.Between(2, 3), rng.Between(2, 4), rng.Between(0, 1)),
        };
        toilet.Attributes.Add(new("male_stalls", male));
        toilet.Attributes.Add(new("female_stalls", female));
        toilet.Attributes.Add(new("accessible_stalls", accessible));
        toilet.Attributes.Add(new("opening_hours", subtype == "dry" || !town ? "全天" : "06:00-22:00"));
        toilet.Attributes.Add(new("grade", subtype == "flush" && town ? "二类" : "三类"));
        if (!town && subtype == "flush" && rng.Chance(0.12))
        {
            toilet.Status = "damaged";
            toilet.StatusSince = LightPlacer.Since(rng, t.Reference, 60);
        }
        Assets.Add(toilet);
        return toilet;
    }

    private void WastePoints()
    {
        foreach (var v in layout.Villages.OrderBy(v => v.Code, StringComparer.Ordinal))
        {
            if (v.IsCommunity)
            {
                foreach (var h in v.Hamlets)
                    Add("garbage_room", null, "0304", h.Name + "垃圾房", Near(h.Position, 20, 60), org.PropertyCompany.Code, org.SanitationOffice.Code,
                        ("area_m2", rng.Between(12, 30)), ("structure", "砖混"));
                continue;
            }
            var committee = org.Committees[v.Index].Code;
            Add("collection_point", null, "0315", v.Name + "垃圾收集点", Near(v.Committee, 40, 150), org.CleaningCompany.Code, committee,
                ("bins_count", rng.Between(4, 8)), ("structure", "垃圾亭"));
        }
        var stem = places.Stem;
        foreach (var (name, at) in new[] { ("南街垃圾收集点", (-120.0, -395.0)), ("建设路垃圾收集点", (300.0, 440.0)), ("文化路垃圾收集点", (-545.0, 180.0)) })
            Add("collection_point", null, "0315", name, places.At(at), org.CleaningCompany.Code, org.SanitationOffice.Code,
                ("bins_count", rng.Between(6, 10)), ("structure", "垃圾亭"));
        Add("transfer_station", "compression", "0316", stem + "垃圾中转站", places.At(TownTemplate.TransferStation),
            org.CleaningCompany.Code, org.SanitationOffice.Code, ("capacity_t_per_day", rng.Between(30, 60)), ("area_m2", rng.Between(600, 1200)));
    }

    private void LandscapeLights()
    {
        var spots = t.Places.Where(p => p.Kind is "square" or "park").ToList();
        foreach (var spot in spots)
            for (var k = 0; k < (spot.Kind == "square" ? 8 : 6); k++)
            {
                var a = 2 * Math.PI * k / (spot.Kind == "square" ? 8 : 6);
                var at = new Coordinate(spot.Metres.X + 32 * Math.Cos(a), spot.Metres.Y + 32 * Math.Sin(a));
                var light = Add("landscape_light", "garden", "0120", spot.Name + "景观灯", at, org.LightingOffice.Code, org.LightingOffice.Code,
                    ("pole_height_m", 3.5), ("power_w", 30), ("light_source", "LED"));
                if (rng.Chance(0.12)) { light.Status = "unlit"; light.StatusSince = LightPlacer.Since(rng, t.Reference, 45); }
            }
    }

    private Asset Add(string kind, string? subtype, string classCode, string name, Coordinate at, string maintainer, string owner,
        params (string Key, object Value)[] attributes)
    {
        var asset = new Asset
        {
            Kind = kind, Subtype = subtype, ClassCode = classCode, Name = name, Metres = at,
            MaintainerUnitCode = maintainer, OwnerUnitCode = owner,
            InstallDate = new DateOnly(rng.Between(2015, 2023), rng.Between(1, 12), rng.Between(1, 28)),
        };
        foreach (var (k, v) in attributes) asset.Attributes.Add(new(k, v));
        Assets.Add(asset);
        return asset;
    }
}
