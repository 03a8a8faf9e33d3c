using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>
/// Street bins (废物箱) along roads at the spacing of GB/T 50337-2018 4.4.2 (DOMAIN §5.2): under
/// 100 m on town streets, under 200 m on ordinary roads, under 400 m on the 过境公路.
/// </summary>
/// <remarks>
/// Planted: on the road named in <see cref="Gap"/>, the bins drawn for the <c>Length</c> metres after the
/// first bin at or past <c>From</c> stand bunched just beyond that stretch instead (as after road works),
/// so the stretch has no bin while every draw, and so every later bin, stays what it was.
/// </remarks>
internal sealed class BinPlacer(Org org, Rng rng, DateTime reference)
{
    public (string Road, Coordinate From, double Length)? Gap { get; init; }

    /// <summary>Marks every bin of this placer as <see cref="Asset.Infill"/>.</summary>
    public bool Infill { get; init; }

    /// <summary>The planted stretch's centreline (metres), once its road is placed.</summary>
    public LineString? GapMetres { get; private set; }

    public IEnumerable<Asset> Place(NamedRoad road)
    {
        var line = new Polyline(road.Points);
        var (min, max) = road switch
        {
            { InTown: true, Class: "arterial" or "secondary" } => (60.0, 90.0),
            { InTown: true } => (110.0, 170.0),
            { Class: "highway" } => (280.0, 380.0),
            { Class: "secondary" } => (150.0, 190.0),
            _ => (130.0, 190.0),
        };
        var offset = -road.Side * Math.Max(3, road.LampOffset - 1.5);
        var gapFrom = Gap is { } gap && gap.Road == road.Name ? new LengthIndexedLine(road.Line).Project(gap.From) : double.NaN;
        double? start = null;
        var moved = 0;
        for (var s = rng.Range(10, min); s < line.Length - 5; s += rng.Range(min, max))
        {
            var at = s;
            if (s >= gapFrom)
            {
                if (start == null)
                {
                    start = s;
                    GapMetres = (LineString)new LengthIndexedLine(road.Line).ExtractLine(s, s + Gap!.Value.Length);
                }
                else if (s < start + Gap!.Value.Length)
                    at = start.Value + Gap.Value.Length + 3 * moved++;
            }
            yield return Bin(line.At(at, offset), road.InTown, road.Village, onRoad: true);
        }
    }

    /// <summary>A bin next to a place (bus stop, toilet, square …), not on a road.</summary>
    public Asset Bin(NetTopologySuite.Geometries.Coordinate at, bool town, int? village, bool onRoad)
    {
        var sorting = town || rng.Chance(0.3);
        var byCompany = town || rng.Chance(0.6);
        var asset = new Asset
        {
            Kind = "bin", Subtype = sorting ? "sorting" : "single", ClassCode = "0305", Metres = at, OnRoad = onRoad, Infill = Infill,
            MaintainerUnitCode = byCompany || village is null ? org.CleaningCompany.Code : org.Committees[village.Value].Code,
            OwnerUnitCode = village is { } v && !town ? org.Committees[v].Code : org.SanitationOffice.Code,
            InstallDate = new DateOnly(rng.Between(2019, 2025), rng.Between(1, 12), rng.Between(1, 28)),
        };
        asset.Attributes.Add(new("capacity_l", sorting ? 240 : rng.Pick(new[] { 60, 120, 240 })));
        asset.Attributes.Add(new("material", rng.Pick(new[] { "不锈钢", "塑料", "铝塑", "镀锌钢板" })));
        if (sorting) asset.Attributes.Add(new("compartments", rng.Pick(new[] { "可回收物/其他垃圾", "厨余垃圾/其他垃圾" })));
        var x = rng.NextDouble();
        asset.Status = x < 0.03 ? "damaged" : x < 0.04 ? "lost" : x < 0.045 ? "abandoned" : "good";
        if (asset.Status != "good") asset.StatusSince = LightPlacer.Since(rng, reference, 200);
        return asset;
    }
}
