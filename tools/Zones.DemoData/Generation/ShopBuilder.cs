using NetTopologySuite.Geometries;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>门店 on both sides of the main street (人民路), numbered odd on one side and even on the other.</summary>
internal static class ShopBuilder
{
    public static void AddShops(Township t, RoadNetwork net, Rng rng)
    {
        var street = net.Roads.First(r => r.Name == "人民路");
        var others = net.Roads.Where(r => r.InTown && r != street).Select(r => r.Line).ToList();
        var line = new Polyline(street.Points);
        var names = rng.Shuffled(Names.ShopNames);
        var used = new HashSet<string>(t.People.Select(p => p.Name));
        var side = 1;
        for (var s = line.Length * 0.18; s < line.Length * 0.9 && t.Shops.Count < Math.Min(24, names.Count); s += rng.Range(26, 40))
        {
            side = -side;
            var at = line.At(s, 16 * side);
            var point = GeometryFactory.Default.CreatePoint(at);
            if (others.Any(o => o.IsWithinDistance(point, 22))) continue;
            var number = (int)(s / 8) * 2 + (side > 0 ? 1 : 2);
            var code = "S" + (t.Shops.Count + 1).ToString("D3", Fmt.Inv);
            t.Shops.Add(new Shop(code, names[t.Shops.Count], street.Name + Fmt.Int(number) + "号", Names.Person(rng, used), Names.Mobile(rng), at));
        }
    }
}
