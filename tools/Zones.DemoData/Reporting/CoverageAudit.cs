using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using Zones.DemoData.Core;
using Zones.DemoData.Generation;
using Zones.DemoData.Model;

namespace Zones.DemoData.Reporting;

/// <summary>
/// The service-radius rules of DOMAIN §5.2 as the server checks them, computed from the generated data
/// in metres: built-up land beyond 300 m of every working toilet (per village, parts of 1,000 m² or
/// more), dwellings beyond 120 m of every working collection point, and street-bin stretches longer
/// than the class spacing (<see cref="BinSpacing"/>).
/// </summary>
internal static class CoverageAudit
{
    public const double ToiletRadius = 300;
    public const double CollectionRadius = 120;

    public sealed record ToiletPart(Zone Village, Geometry Metres, List<Place> Places);

    public static List<ToiletPart> ToiletReach(Township t)
    {
        var reach = UnaryUnionOp.Union(t.Assets.Where(a => a.Kind == "toilet" && a.Status == "good")
            .Select(a => GeoFrame.Metres.CreatePoint(a.Metres).Buffer(ToiletRadius, 16)).ToList());
        var land = UnaryUnionOp.Union(t.BuiltUp.Select(b => b.Metres).ToList());
        var parts = new List<ToiletPart>();
        foreach (var v in t.Zones.Where(z => z.Level == "village"))
        {
            var left = v.Metres.Intersection(land).Difference(reach);
            for (var i = 0; i < left.NumGeometries; i++)
            {
                var part = left.GetGeometryN(i);
                if (part is not Polygon || part.Area < 1000) continue;
                var places = t.Places.Where(p => p.Kind is "market" or "school" or "bus_stop" or "square" or "park"
                                                 && part.Contains(GeoFrame.Metres.CreatePoint(p.Metres))).ToList();
                parts.Add(new ToiletPart(v, part, places));
            }
        }
        return parts;
    }

    public static List<(Place Dwelling, double Nearest)> CollectionReach(Township t)
    {
        var points = t.Assets.Where(a => a.Kind is "collection_point" or "garbage_room" or "transfer_station" && a.Status == "good").ToList();
        return t.Places.Where(p => p.Kind == "dwelling")
            .Select(p => (p, points.Select(a => a.Metres.Distance(p.Metres)).DefaultIfEmpty(double.MaxValue).Min()))
            .Where(x => x.Item2 > CollectionRadius).ToList();
    }

    public static List<BinSpacing.Gap> BinGaps(Township t) =>
        BinSpacing.Gaps(t.Roads, t.Assets.Where(a => a.Kind == "bin" && a.Status == "good"));
}
