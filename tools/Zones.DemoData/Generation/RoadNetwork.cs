using NetTopologySuite.Geometries;
using Zones.DemoData.Core;

namespace Zones.DemoData.Generation;

/// <summary>
/// The named roads of a township in metres: the town streets, a 过境公路 and a 县道, one 村道 from
/// each village committee to the network and one lane (村内道路) from each 自然村.
/// </summary>
internal sealed class RoadNetwork
{
    private const double Snap = 25;

    public RoadNetwork(TownshipSpec spec, VillageLayout layout, Rng rng, ISet<int> reserved)
    {
        foreach (var s in TownTemplate.Streets)
        {
            var h = s.Class == "branch" ? 8 : 10;
            Add(s.Name, s.Class, s.Points.Select(p => layout.Rot(p.X, p.Y)), h, "grid",
                s.Class switch { "arterial" => 11, "secondary" => 8, _ => 5 }, rng, inTown: true,
                spacing: s.Class == "arterial" ? 2.8 : 3.2).Unlit = s.Name == TownTemplate.UnlitStreet;
        }
        var names = rng.Fork("names");
        HighwayName = "S2" + names.Between(1, 39).ToString("D2", Fmt.Inv) + "省道";
        var countyRoadName = "X2" + names.Between(40, 99).ToString("D2", Fmt.Inv) + "县道";
        var west = OnOutline(layout, TownTemplate.HighwayWestAngle + spec.RotationDeg);
        var east = OnOutline(layout, TownTemplate.HighwayEastAngle + spec.RotationDeg);
        var highway = new[] { west }.Concat(TownTemplate.Highway.Select(p => layout.Rot(p.X, p.Y))).Append(east);
        Add(HighwayName, "highway", Inside(layout, highway), 12, "grid", 9, rng);
        var north = OnOutline(layout, TownTemplate.CountyRoadAngle + spec.RotationDeg);
        Add(countyRoadName, "secondary", Inside(layout, TownTemplate.CountyRoad.Select(p => layout.Rot(p.X, p.Y)).Append(north)), 10, "grid", 8, rng);
        UnlitVillage = ChooseUnlitVillage(layout, reserved);
        AddVillageRoads(layout, rng.Fork("village-roads"));
        var creek = rng.Fork("creek");
        foreach (var s in TownTemplate.CreekStreets)
            Add(s.Name, s.Class, s.Points.Select(p => layout.Rot(p.X, p.Y)), 8, "grid", 5, creek, inTown: true);
    }

    public List<NamedRoad> Roads { get; } = [];
    /// <summary>Planted: a village whose 村道 and lanes have no street light at all.</summary>
    public VillageSite UnlitVillage { get; }
    public string HighwayName { get; }
    /// <summary>Where each village's 村道 joins the network (村口).</summary>
    public List<(VillageSite Village, Coordinate Junction, NamedRoad Target)> Junctions { get; } = [];

    private NamedRoad Add(string name, string cls, IEnumerable<Coordinate> points, double h, string subtype, double offset,
        Rng rng, bool inTown = false, double spacing = 3.2, int? village = null, bool lane = false)
    {
        var road = new NamedRoad
        {
            Index = Roads.Count, Name = name, Class = cls, Points = points.ToList(), PoleHeight = h, LightSubtype = subtype,
            LampOffset = offset, SpacingFactor = spacing, InTown = inTown, Village = village, IsLane = lane,
            Side = rng.Chance(0.5) ? 1 : -1,
        };
        Roads.Add(road);
        return road;
    }

    private void AddVillageRoads(VillageLayout layout, Rng rng)
    {
        var rural = layout.Villages.Where(v => !v.IsCommunity).OrderBy(v => v.Committee.Distance(new Coordinate(0, 0))).ToList();
        foreach (var v in rural)
        {
            var unlit = v == UnlitVillage;
            var targets = Roads.Where(r => !r.Unlit && (!unlit || r.PoleHeight >= 8 && !r.IsLane)).ToList();
            var (road, seg, p, d) = Nearest(targets, v.Committee);
            if (d < 30) continue;
            var junction = road.Attach(seg, p, Snap);
            var path = Path(layout, v.Committee, junction, rng);
            Add(v.Stem + "村道", "village", path, 8, "solar", 3.5, rng, village: v.Index).Unlit = unlit;
            Junctions.Add((v, junction, road));
        }
        foreach (var v in rural)
        {
            var unlit = v == UnlitVillage;
            foreach (var h in v.Hamlets)
            {
                var own = Roads.Where(r => r.Village == v.Index);
                var targets = unlit ? own.ToList() : own.Concat(Roads.Where(r => !r.Unlit && r.Village != v.Index)).ToList();
                if (targets.Count == 0) targets = Roads.Where(r => !r.Unlit).ToList();
                var (road, seg, p, d) = Nearest(targets, h.Position);
                if (d < 40) continue;
                var path = Path(layout, h.Position, p, rng);
                if (!layout.Outline.Contains(GeometryFactory.Default.CreateLineString(path.ToArray()))) continue;
                path[^1] = road.Attach(seg, p, Snap);
                Add(h.Name + "路", "village", path, 6, "solar", 2.5, rng, village: v.Index, lane: true).Unlit = unlit;
            }
        }
    }

    /// <summary>
    /// The village nearest the 过境公路 but at least 300 m from it: its 村道 joins a road with tall poles,
    /// so the lamps kept 25 m away from the dark village roads leave no stretch on the lit road that
    /// would itself count as 缺灯段 (gap ≈ 53 m &lt; 2 × 3.5 × 8 m).
    /// </summary>
    private VillageSite ChooseUnlitVillage(VillageLayout layout, ISet<int> reserved)
    {
        var highway = Roads.First(r => r.Class == "highway").Line;
        var rural = layout.Villages.Where(v => !v.IsCommunity && v.Area != 0 && !reserved.Contains(v.Index)).ToList();
        var far = rural.Where(v => highway.Distance(GeometryFactory.Default.CreatePoint(v.Committee)) >= 300).ToList();
        return (far.Count > 0 ? far : rural).OrderBy(v => highway.Distance(GeometryFactory.Default.CreatePoint(v.Committee))).First();
    }

    /// <summary>A gently bent path from <paramref name="a"/> to <paramref name="b"/>, straight if the bend would leave the township.</summary>
    private static List<Coordinate> Path(VillageLayout layout, Coordinate a, Coordinate b, Rng rng)
    {
        var len = a.Distance(b);
        var bend = rng.Range(-0.08, 0.08) * len;
        var nx = -(b.Y - a.Y) / len;
        var ny = (b.X - a.X) / len;
        var mid = new Coordinate((a.X + b.X) / 2 + nx * bend, (a.Y + b.Y) / 2 + ny * bend);
        var bent = new List<Coordinate> { a.Copy(), mid, b };
        if (len > 120 && layout.Outline.Contains(GeometryFactory.Default.CreateLineString(bent.ToArray()))) return bent;
        return [a.Copy(), b];
    }

    internal static (NamedRoad Road, int Segment, Coordinate Point, double Distance) Nearest(IEnumerable<NamedRoad> roads, Coordinate from)
    {
        (NamedRoad Road, int Segment, Coordinate Point, double Distance) best = (null!, 0, from, double.MaxValue);
        foreach (var r in roads)
            for (var i = 0; i + 1 < r.Points.Count; i++)
            {
                var p = new LineSegment(r.Points[i], r.Points[i + 1]).ClosestPoint(from);
                var d = p.Distance(from);
                if (d < best.Distance) best = (r, i, p, d);
            }
        return best;
    }

    /// <summary>The point at 96 % of the way from the centre to the outline in the given direction.</summary>
    private static Coordinate OnOutline(VillageLayout layout, double angleDeg)
    {
        var a = angleDeg * Math.PI / 180;
        var far = new Coordinate(Math.Cos(a) * 1e5, Math.Sin(a) * 1e5);
        var ray = GeometryFactory.Default.CreateLineString([new Coordinate(0, 0), far]);
        var hit = ray.Intersection(layout.Outline.ExteriorRing).Coordinates.OrderBy(c => c.Distance(new Coordinate(0, 0))).First();
        return new Coordinate(hit.X * 0.96, hit.Y * 0.96);
    }

    private static IEnumerable<Coordinate> Inside(VillageLayout layout, IEnumerable<Coordinate> points)
    {
        var list = points.ToList();
        return list.Where((p, i) => i == 0 || i == list.Count - 1 || layout.Outline.Contains(GeometryFactory.Default.CreatePoint(p)));
    }
}
