using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Operation.Polygonize;
using NetTopologySuite.Triangulate;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>
/// Builds the zone tree as one planar partition: every boundary line (village Voronoi edges, the
/// outline, group lines, the planted gap and overlap rings) is converted to degrees and noded once on
/// the 1e-7 grid, then polygonized. Each face belongs to exactly one village (and group), and every
/// zone is the union of its faces, so neighbours share the very same vertices.
/// </summary>
internal static class ZonePartition
{
    private const double GapRadius = 110;
    private const double OverlapRadius = 90;

    public static void Build(VillageLayout layout, GeoFrame frame, Rng rng, Township t, int groupedVillages)
    {
        var gap = FindSharedEdge(layout, a => a.Index >= 1, [], GapRadius);
        var taken = gap is { } g ? new HashSet<int> { g.A.Index, g.B.Index } : [];
        var overlap = FindSharedEdge(layout, a => a.Index >= 1 && a.Index != gap?.A.Area, taken, OverlapRadius);
        if (overlap is { } o) { taken.Add(o.A.Index); taken.Add(o.B.Index); }
        var groups = PlanGroups(layout, rng.Fork("groups"), taken, groupedVillages);
        var wiggle = new Wiggle(rng.Fork("wiggle"), 28);
        var shapes = new Shapes(
            layout.Villages.ToDictionary(v => v, v => wiggle.Polygon(v.RawCell)),
            groups.ToDictionary(x => x.Key, x => GroupCells(x.Key, x.Value).Select(wiggle.Polygon).ToList()),
            gap is { } gg ? wiggle.Polygon(Blob(rng.Fork("gap"), gg.Centre, GapRadius)) : null,
            overlap is { } oo ? wiggle.Polygon(Blob(rng.Fork("overlap"), oo.Centre, OverlapRadius)) : null);
        var faces = Faces(layout, frame, shapes, groups);
        AddZones(layout, frame, t, faces, groups, overlap);
        if (gap is { } g2) t.Plants.GapVillageCodes = [g2.A.Code, g2.B.Code];
        if (overlap is { } o2) t.Plants.OverlapVillageCodes = [o2.A.Code, o2.B.Code];
    }

    /// <summary>The bent boundaries: village cells, group cells per grouped village, the planted gap and overlap rings.</summary>
    private sealed record Shapes(Dictionary<VillageSite, Polygon> Cells, Dictionary<VillageSite, List<Polygon>> GroupCells, Polygon? Gap, Polygon? Overlap);

    /// <summary>Nodes all boundary lines on the grid, polygonizes them and tells each face its village and group.</summary>
    private static List<Face> Faces(VillageLayout layout, GeoFrame frame, Shapes shapes, Dictionary<VillageSite, List<Coordinate>> groups)
    {
        var lines = new List<Geometry> { layout.Outline.ExteriorRing };
        lines.AddRange(shapes.Cells.Values.OrderBy(c => c.Centroid.Coordinate).Select(c => (Geometry)c.ExteriorRing));
        foreach (var village in groups.Keys.OrderBy(v => v.Index))
            lines.AddRange(GroupLines(shapes.Cells[village], shapes.GroupCells[village]));
        lines.AddRange(new[] { shapes.Gap, shapes.Overlap }.OfType<Polygon>().Select(p => p.ExteriorRing));
        var noded = UnaryUnionNG.Union(GeoFrame.Degrees.BuildGeometry(lines.Select(frame.ToDegrees).ToArray()), GeoFrame.Grid);
        var polygonizer = new Polygonizer();
        polygonizer.Add(noded);
        var faces = new List<Face>();
        foreach (var face in polygonizer.GetPolygons())
        {
            var ip = frame.ToMetres(face.InteriorPoint.Coordinate);
            var point = GeoFrame.Metres.CreatePoint(ip);
            if (!layout.Outline.Contains(point)) continue;
            var village = layout.Villages.FirstOrDefault(v => shapes.Cells[v].Contains(point)) ?? layout.VillageAt(ip);
            var group = groups.TryGetValue(village, out var seeds) ? shapes.GroupCells[village].FindIndex(c => c.Contains(point)) : -1;
            if (seeds != null && group < 0) group = Nearest(seeds, ip);
            faces.Add(new Face((Polygon)face, ip, village, group, shapes.Gap?.Contains(point) == true, shapes.Overlap?.Contains(point) == true));
        }
        faces.Sort((a, b) => a.Label.CompareTo(b.Label));
        return faces;
    }

    private sealed record Face(Polygon Polygon, Coordinate Label, VillageSite Village, int Group, bool InGap, bool InOverlap);

    private static void AddZones(VillageLayout layout, GeoFrame frame, Township t, List<Face> faces,
        Dictionary<VillageSite, List<Coordinate>> groups, (Coordinate Centre, VillageSite A, VillageSite B)? overlap)
    {
        t.Zones.Add(MakeZone(frame, t.DivisionCode, t.Name, "township", null, faces));
        var areaHeight = Math.Sqrt(layout.Outline.Area / layout.Areas.Count);
        var areas = ReadingOrder(layout.Areas, a => Centroid(a.Villages), areaHeight);
        for (var i = 0; i < areas.Count; i++)
        {
            areas[i].Code = t.DivisionCode + (i + 1).ToString("D3", Fmt.Inv);
            var members = faces.Where(f => f.Village.Area == areas[i].Index);
            t.Zones.Add(MakeZone(frame, areas[i].Code, areas[i].Name, "area", t.DivisionCode, members));
        }
        var villageHeight = Math.Sqrt(layout.Outline.Area / layout.Villages.Count);
        var villages = ReadingOrder(layout.Villages, v => v.Seed, villageHeight);
        for (var i = 0; i < villages.Count; i++)
            villages[i].Code = t.DivisionCode + (101 + i).ToString("D3", Fmt.Inv);
        foreach (var v in villages)
        {
            var own = faces.Where(f => f.Village == v && !f.InGap
                || overlap is { } o && o.A == v && f.Village == o.B && f.InOverlap);
            var parent = layout.Areas[v.Area].Code;
            t.Zones.Add(MakeZone(frame, v.Code, v.Name, "village", parent, own));
        }
        foreach (var v in villages.Where(groups.ContainsKey))
        {
            var seeds = groups[v];
            var height = Math.Sqrt(v.Cell.Area / seeds.Count);
            var order = ReadingOrder(Enumerable.Range(0, seeds.Count).ToList(), k => seeds[k], height);
            for (var i = 0; i < order.Count; i++)
            {
                var code = v.Code + (i + 1).ToString("D3", Fmt.Inv);
                var name = v.Name + (v.IsCommunity ? "第" + Chinese(i + 1) + "网格" : Chinese(i + 1) + "组");
                var members = faces.Where(f => f.Village == v && f.Group == order[i] && !f.InGap);
                t.Zones.Add(MakeZone(frame, code, name, "group", v.Code, members));
            }
        }
    }

    private static Zone MakeZone(GeoFrame frame, string code, string name, string level, string? parent, IEnumerable<Face> faces)
    {
        var parts = faces.Select(f => (Geometry)f.Polygon).ToArray();
        var union = UnaryUnionNG.Union(GeoFrame.Degrees.BuildGeometry(parts), GeoFrame.Grid);
        var multi = union switch
        {
            MultiPolygon mp => mp,
            Polygon p => GeoFrame.Degrees.CreateMultiPolygon([p]),
            _ => throw new InvalidOperationException($"zone {code} is not polygonal: {union.GeometryType}"),
        };
        if (!multi.IsValid) throw new InvalidOperationException($"zone {code} is not valid");
        return new Zone(code, name, level, parent, multi, frame.ToMetres(multi));
    }

    /// <summary>Reading order of DOMAIN §5.1 (从西向东、从北向南): rows of the given height from north, west to east in a row.</summary>
    internal static List<T> ReadingOrder<T>(IEnumerable<T> items, Func<T, Coordinate> label, double rowHeight)
    {
        var list = items.ToList();
        var top = list.Max(i => label(i).Y);
        return list.OrderBy(i => Math.Floor((top - label(i).Y) / rowHeight)).ThenBy(i => label(i).X).ToList();
    }

    private static Coordinate Centroid(List<VillageSite> villages) =>
        new(villages.Average(v => v.Seed.X), villages.Average(v => v.Seed.Y));

    private static string Chinese(int n) => n <= 10 ? "一二三四五六七八九十"[n - 1].ToString() : Fmt.Int(n);

    private static int Nearest(List<Coordinate> seeds, Coordinate p)
    {
        var best = 0;
        for (var i = 1; i < seeds.Count; i++)
            if (seeds[i].Distance(p) < seeds[best].Distance(p)) best = i;
        return best;
    }

    /// <summary>组/网格 for the first community and for one village away from the planted pieces.</summary>
    private static Dictionary<VillageSite, List<Coordinate>> PlanGroups(VillageLayout layout, Rng rng, HashSet<int> taken, int count)
    {
        var result = new Dictionary<VillageSite, List<Coordinate>>();
        var candidates = layout.Villages.Where(v => v.IsCommunity).Take(1)
            .Concat(layout.Villages.Where(v => !v.IsCommunity && !taken.Contains(v.Index)).OrderBy(v => v.Seed.Distance(new Coordinate(0, 0))));
        foreach (var v in candidates.Take(count))
        {
            var inner = v.Cell.Buffer(-150);
            var seeds = new List<Coordinate>();
            var extent = Math.Sqrt(v.Cell.Area) * 0.45;
            for (var k = 0; k < 3; k++)
                seeds.Add(VillageLayout.PointNear(rng, v.Seed, 0, extent, inner, seeds, extent * 0.8));
            result[v] = seeds;
        }
        return result;
    }

    /// <summary>The Voronoi cells of the group seeds, in seed order.</summary>
    private static List<Polygon> GroupCells(VillageSite village, List<Coordinate> seeds)
    {
        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(seeds);
        var clip = new Envelope(village.RawCell.EnvelopeInternal);
        clip.ExpandBy(500);
        builder.ClipEnvelope = clip;
        var diagram = builder.GetDiagram(GeometryFactory.Default);
        var cells = Enumerable.Range(0, diagram.NumGeometries).Select(i => (Polygon)diagram.GetGeometryN(i)).ToList();
        return seeds.Select(s => cells.First(c => ((Coordinate)c.UserData).Equals2D(s))).ToList();
    }

    /// <summary>
    /// The (bent) group cell edges cut 60 m beyond the (bent) village: inside they keep their exact
    /// vertices, so neighbouring groups share them; the stubs outside become dangles and vanish.
    /// </summary>
    private static IEnumerable<Geometry> GroupLines(Polygon villageCell, List<Polygon> groupCells)
    {
        var around = villageCell.Buffer(60);
        return groupCells.Select(c => c.ExteriorRing.Intersection(around));
    }


    private static (Coordinate Centre, VillageSite A, VillageSite B)? FindSharedEdge(
        VillageLayout layout, Func<AreaSite, bool> areaOk, HashSet<int> taken, double radius)
    {
        foreach (var area in layout.Areas.Where(areaOk))
            foreach (var a in area.Villages.Where(v => !taken.Contains(v.Index)).OrderBy(v => v.Index))
                foreach (var b in area.Villages.Where(v => v.Index > a.Index && !taken.Contains(v.Index)).OrderBy(v => v.Index))
                {
                    var shared = a.Cell.Buffer(2).Intersection(b.Cell.Buffer(2));
                    if (shared.IsEmpty || shared.Length / 2 < 6 * radius) continue;
                    var centre = shared.Centroid.Coordinate;
                    var disc = GeoFrame.Metres.CreatePoint(centre).Buffer(radius * 1.6);
                    if (layout.Outline.Boundary.Distance(disc) < 3 * radius) continue;
                    if (layout.Villages.Any(v => v != a && v != b && v.Cell.Intersects(disc))) continue;
                    return (centre, a, b);
                }
        return null;
    }

    /// <summary>An irregular hexagon around <paramref name="centre"/>.</summary>
    private static Polygon Blob(Rng rng, Coordinate centre, double radius)
    {
        var ring = new Coordinate[7];
        var turn = rng.Range(0, Math.PI / 3);
        for (var k = 0; k < 6; k++)
        {
            var a = turn + k * Math.PI / 3;
            var r = radius * rng.Range(0.85, 1.15);
            ring[k] = new Coordinate(centre.X + r * Math.Cos(a), centre.Y + r * Math.Sin(a));
        }
        ring[6] = ring[0].Copy();
        return GeoFrame.Metres.CreatePolygon(ring);
    }
}
