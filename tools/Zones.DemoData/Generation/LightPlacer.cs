using NetTopologySuite.Geometries;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>
/// Street lights along every lit road, one side, every ≈ 3.2 H (2.8 H on arterials in town), so that
/// a single dark lamp never opens a stretch longer than 2 × 3.5 H (DOMAIN §5.2). Lamps are kept
/// 26.5 m away from the planted dark segments and stretch; where a road runs into such a zone the
/// lamps stop at its edge and start again right after it.
/// </summary>
internal sealed class LightPlacer(Org org, Rng rng, DateTime reference, IReadOnlyList<LineString> dark)
{
    public const double DarkClearance = 26.5;

    /// <summary>Marks every lamp of this placer as <see cref="Asset.Infill"/> (the complaints leave them alone).</summary>
    public bool Infill { get; init; }
    private bool _previousBad;

    public IEnumerable<Asset> Place(NamedRoad road)
    {
        if (road.Unlit) yield break;
        var line = new Polyline(road.Points);
        var nearDark = dark.Where(d => d.EnvelopeInternal.Distance(road.Line.EnvelopeInternal) < DarkClearance + road.LampOffset + 5).ToList();
        bool Excluded(double s) => nearDark.Count > 0 && IsDark(line.At(s, road.LampOffset * road.Side), nearDark);
        var spacing = road.SpacingFactor * road.PoleHeight;
        var year = road.LightSubtype == "solar" ? rng.Between(2018, 2024) : rng.Between(2012, 2021);
        _previousBad = false;
        var last = double.NegativeInfinity;
        var s = spacing * rng.Range(0.25, 0.6);
        while (s <= line.Length)
        {
            if (!Excluded(s))
            {
                yield return Lamp(road, line, s, year);
                last = s;
                s += spacing * rng.Range(0.96, 1.04);
                continue;
            }
            var entry = s;
            var floor = Math.Max(last + spacing / 3, 0);
            while (entry > floor && Excluded(entry)) entry -= 1;
            if (entry > floor) yield return Lamp(road, line, entry, year);
            var exit = s;
            while (exit <= line.Length && Excluded(exit)) exit += 1;
            if (exit > line.Length) yield break;
            yield return Lamp(road, line, exit, year);
            last = exit;
            s = exit + spacing * rng.Range(0.96, 1.04);
        }
    }

    private static bool IsDark(Coordinate c, List<LineString> zones)
    {
        var p = GeoFrame.Metres.CreatePoint(c);
        return zones.Any(z => z.IsWithinDistance(p, DarkClearance));
    }

    private Asset Lamp(NamedRoad road, Polyline line, double s, int year)
    {
        var solar = road.LightSubtype == "solar";
        var village = road.Village is { } v ? org.Committees[v] : null;
        var asset = new Asset
        {
            Kind = "streetlight", Subtype = road.LightSubtype, ClassCode = "0118", OnRoad = true, Infill = Infill,
            Metres = line.At(s, road.LampOffset * road.Side),
            MaintainerUnitCode = solar ? org.LightingCompany.Code : org.LightingOffice.Code,
            OwnerUnitCode = village?.Code ?? org.LightingOffice.Code,
            InstallDate = new DateOnly(year, rng.Between(3, 11), rng.Between(1, 28)),
        };
        asset.Attributes.Add(new("pole_height_m", road.PoleHeight));
        asset.Attributes.Add(new("power_w", road.PoleHeight switch { >= 12 => 180, >= 10 => 150, >= 8 => solar ? 60 : 100, _ => 40 }));
        asset.Attributes.Add(new("light_source", "LED"));
        if (solar) asset.Attributes.Add(new("battery_ah", road.PoleHeight >= 8 ? 100 : 60));
        // Never two failed lamps in a row: one dark lamp must not open a 缺灯段 by itself.
        if (!_previousBad)
        {
            var x = rng.NextDouble();
            asset.Status = x < 0.045 ? "unlit" : x < 0.06 ? "damaged" : x < 0.064 ? "lost" : "good";
        }
        _previousBad = asset.Status != "good";
        if (_previousBad) asset.StatusSince = Since(rng, reference, 120);
        return asset;
    }

    /// <summary>A whole-second instant 1–<paramref name="days"/> days before the reference time.</summary>
    internal static DateTime Since(Rng rng, DateTime reference, int days) =>
        Fmt.Sec(reference.AddDays(-rng.Range(1, days)));
}
