using NetTopologySuite.Geometries;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>
/// A 垃圾收集点 20–50 m from every dwelling place (自然村, 小区) that has no working collection point,
/// 垃圾房 or transfer station within 100 m (GB 55013-2021 3.2.2: 120 m), except the planted one: the most
/// isolated rural dwelling gets its point 170 m away, towards its village committee.
/// </summary>
internal sealed class CollectionInfill(Township t, VillageLayout layout, Org org, Rng rng)
{
    private const double Wanted = 100;
    public const double RemoteDistance = 170;

    public List<Asset> Assets { get; } = [];

    public void Place(IReadOnlyList<Asset> existing)
    {
        var points = existing.Where(a => a.Kind is "collection_point" or "garbage_room" or "transfer_station" && a.Status == "good")
            .Select(a => a.Metres).ToList();
        var dwellings = layout.Villages.OrderBy(v => v.Code, StringComparer.Ordinal)
            .SelectMany(v => v.Hamlets.Select(h => (Village: v, Name: v.IsCommunity ? h.Name : v.Name + h.Name, At: h.Position))).ToList();
        double Isolation((VillageSite Village, string Name, Coordinate At) d) =>
            Math.Min(dwellings.Where(o => o != d).Select(o => o.At.Distance(d.At) - 60).DefaultIfEmpty(double.MaxValue).Min(),
                     points.Select(p => p.Distance(d.At)).DefaultIfEmpty(double.MaxValue).Min());
        var remote = dwellings.Where(d => !d.Village.IsCommunity).OrderByDescending(Isolation).First();
        if (Isolation(remote) < RemoteDistance + 30)
            throw new InvalidOperationException($"{t.Name}: no dwelling is isolated enough for the planted remote collection point");
        t.Plants.RemoteDwellingName = remote.Name;
        foreach (var d in dwellings.Where(d => d != remote))
        {
            if (points.Any(p => p.Distance(d.At) <= Wanted)) continue;
            var at = VillageLayout.PointNear(rng, d.At, 20, 50, Polygon.Empty, [], 0);
            Add(d.Village, d.Name + "垃圾收集点", at);
            points.Add(at);
        }
        if (t.Plants.CreekDwelling is { } creek && !points.Any(p => p.Distance(creek.Metres) <= Wanted))
            Add(layout.VillageAt(creek.Metres), creek.Name + "垃圾收集点", VillageLayout.PointNear(rng, creek.Metres, 20, 50, Polygon.Empty, [], 0));
        var toward = Direction(remote.Village.Committee, remote.At);
        Add(remote.Village, remote.Name + "垃圾收集点",
            new Coordinate(remote.At.X + RemoteDistance * toward.X, remote.At.Y + RemoteDistance * toward.Y));
    }

    /// <summary>Unit vector from <paramref name="from"/> towards <paramref name="to"/> (east if they coincide).</summary>
    private static Coordinate Direction(Coordinate to, Coordinate from)
    {
        var len = to.Distance(from);
        return len == 0 ? new Coordinate(1, 0) : new Coordinate((to.X - from.X) / len, (to.Y - from.Y) / len);
    }

    private void Add(VillageSite v, string name, Coordinate at)
    {
        var point = new Asset
        {
            Kind = "collection_point", ClassCode = "0315", Name = name, Metres = at, Infill = true,
            MaintainerUnitCode = v.IsCommunity ? org.PropertyCompany.Code : org.CleaningCompany.Code,
            OwnerUnitCode = org.Committees[v.Index].Code,
            InstallDate = new DateOnly(rng.Between(2019, 2025), rng.Between(1, 12), rng.Between(1, 28)),
        };
        point.Attributes.Add(new("bins_count", rng.Between(2, 4)));
        point.Attributes.Add(new("structure", "垃圾亭"));
        Assets.Add(point);
    }
}
