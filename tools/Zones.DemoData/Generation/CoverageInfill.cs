using NetTopologySuite.Geometries;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>
/// The coverage pass after the first layout (DOMAIN §5.2): toilets for the built-up land, collection points
/// for the dwellings, and the street-bin rule, each with its one planted exception. It draws from its own
/// stream and appends new assets after the others, so earlier assets keep their serials and the complaints
/// (which ignore <see cref="Asset.Infill"/> assets) do not move.
/// </summary>
internal static class CoverageInfill
{
    public static List<Asset> Run(Township t, VillageLayout layout, Org org, PlaceBuilder places, Rng rng,
        IReadOnlyList<Asset> assets, VillageSite noToilet, LineString? binGap)
    {
        var bins = new BinPlacer(org, rng.Fork("bins"), t.Reference) { Infill = true };
        var toilets = new ToiletInfill(t, layout, org, places, bins, rng.Fork("toilets"));
        toilets.Place(assets, noToilet);
        var points = new CollectionInfill(t, layout, org, rng.Fork("collection"));
        points.Place(assets);
        var added = toilets.Assets.Concat(points.Assets).ToList();
        var repair = new BinRepair(t, layout, bins);
        repair.Run(assets.Concat(added).ToList(), binGap);
        added.AddRange(repair.Added);
        return added;
    }
}
