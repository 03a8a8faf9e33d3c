using NetTopologySuite.Geometries;
using NetTopologySuite.Triangulate;
using Zones.DemoData.Core;

namespace Zones.DemoData.Generation;

/// <summary>
/// The township outline, the village seeds (one per 村/社区), their grouping into 片区 and the
/// dwelling clusters of each village — all in metres around the town centre (0, 0).
/// </summary>
internal sealed class VillageLayout
{
    private static readonly (double X, double Y)[] CommunitySeeds = [(-280, 180), (380, -220), (-620, -420), (640, 460)];
    private readonly double _cos, _sin;

    public VillageLayout(TownshipSpec spec, Rng rng)
    {
        _cos = Math.Cos(spec.RotationDeg * Math.PI / 180);
        _sin = Math.Sin(spec.RotationDeg * Math.PI / 180);
        Outline = BuildOutline(spec, rng.Fork("outline"));
        PlaceSeeds(spec, rng.Fork("seeds"));
        BuildCells();
        GroupIntoAreas(spec);
        PlaceHamlets(spec, rng.Fork("hamlets"));
    }

    public Polygon Outline { get; }
    public List<VillageSite> Villages { get; } = [];
    public List<AreaSite> Areas { get; } = [];

    /// <summary>A point of the (unrotated) town template, rotated into the township.</summary>
    public Coordinate Rot(double x, double y) => new(x * _cos - y * _sin, x * _sin + y * _cos);

    public VillageSite VillageAt(Coordinate p)
    {
        var best = Villages[0];
        foreach (var v in Villages)
            if (v.Seed.Distance(p) < best.Seed.Distance(p)) best = v;
        return best;
    }

    private Polygon BuildOutline(TownshipSpec spec, Rng rng)
    {
        const int n = 72;
        var amps = new[] { rng.Range(0.04, 0.08), rng.Range(0.03, 0.06), rng.Range(0.02, 0.04), rng.Range(0.01, 0.03) };
        var phases = amps.Select(_ => rng.Range(0, 2 * Math.PI)).ToArray();
        var ex = spec.Radius * 1.15;
        var ey = spec.Radius * 0.9;
        var ring = new Coordinate[n + 1];
        for (var k = 0; k < n; k++)
        {
            var t = 2 * Math.PI * k / n;
            var r = ex * ey / Math.Sqrt(Math.Pow(ey * Math.Cos(t), 2) + Math.Pow(ex * Math.Sin(t), 2));
            var noise = 1.0 + rng.Range(-0.012, 0.012);
            for (var m = 0; m < amps.Length; m++) noise += amps[m] * Math.Sin((m + 2) * t + phases[m]);
            ring[k] = Rot(r * noise * Math.Cos(t), r * noise * Math.Sin(t));
        }
        ring[n] = ring[0].Copy();
        return GeoFrame.Metres.CreatePolygon(ring);
    }

    private void PlaceSeeds(TownshipSpec spec, Rng rng)
    {
        var stems = rng.Shuffled(Names.VillageStems);
        var communityStems = rng.Shuffled(Names.CommunityStems);
        for (var i = 0; i < spec.Communities; i++)
        {
            var (x, y) = CommunitySeeds[i % CommunitySeeds.Length];
            Villages.Add(new VillageSite { Index = i, Name = communityStems[i] + "社区", IsCommunity = true, Seed = Rot(x, y) });
        }
        var boundary = Outline.Boundary;
        var env = Outline.EnvelopeInternal;
        var minFromCentre = spec.Radius * 0.42;
        for (var i = 0; i < spec.Villages; i++)
        {
            Coordinate? best = null;
            var bestScore = -1.0;
            for (var tries = 0; tries < 4000 && (tries < 60 || best == null); tries++)
            {
                var c = new Coordinate(rng.Range(env.MinX, env.MaxX), rng.Range(env.MinY, env.MaxY));
                var p = GeoFrame.Metres.CreatePoint(c);
                if (c.Distance(new Coordinate(0, 0)) < minFromCentre || !Outline.Contains(p) || boundary.Distance(p) < spec.Radius * 0.13) continue;
                var score = Villages.Min(v => v.Seed.Distance(c));
                if (score > bestScore) (best, bestScore) = (c, score);
            }
            var stem = i < stems.Count ? stems[i] : stems[i % stems.Count] + Fmt.Int(i / stems.Count + 1);
            Villages.Add(new VillageSite { Index = Villages.Count, Name = stem + "村", IsCommunity = false, Seed = best! });
        }
    }

    private void BuildCells()
    {
        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(Villages.Select(v => v.Seed).ToList());
        var clip = new Envelope(Outline.EnvelopeInternal);
        clip.ExpandBy(2000);
        builder.ClipEnvelope = clip;
        var diagram = builder.GetDiagram(GeometryFactory.Default);
        for (var i = 0; i < diagram.NumGeometries; i++)
        {
            var cell = diagram.GetGeometryN(i);
            var site = (Coordinate)cell.UserData;
            var village = Villages.First(v => v.Seed.Equals2D(site));
            village.RawCell = (Polygon)cell;
            village.Cell = LargestPolygon(cell.Intersection(Outline));
        }
    }

    public static Polygon LargestPolygon(Geometry g)
    {
        Polygon? best = null;
        for (var i = 0; i < g.NumGeometries; i++)
            if (g.GetGeometryN(i) is Polygon p && (best == null || p.Area > best.Area)) best = p;
        return best ?? Polygon.Empty;
    }

    /// <summary>
    /// Communities and the village nearest the centre form 镇区片区; the other villages are split by
    /// angle around the centre into equal runs, starting at the widest angular gap so runs stay compact.
    /// </summary>
    private void GroupIntoAreas(TownshipSpec spec)
    {
        var central = new AreaSite { Index = 0, Name = "镇区片区" };
        Areas.Add(central);
        var rural = Villages.Where(v => !v.IsCommunity).OrderBy(v => v.Seed.Distance(new Coordinate(0, 0))).ToList();
        foreach (var v in Villages.Where(v => v.IsCommunity).Concat(rural.Take(1))) central.Villages.Add(v);
        var rest = rural.Skip(1).OrderBy(v => Math.Atan2(v.Seed.Y, v.Seed.X)).ToList();
        var angles = rest.Select(v => Math.Atan2(v.Seed.Y, v.Seed.X)).ToList();
        var start = 0;
        var widest = -1.0;
        for (var i = 0; i < rest.Count; i++)
        {
            var gap = (angles[i] - angles[(i + rest.Count - 1) % rest.Count] + 4 * Math.PI) % (2 * Math.PI);
            if (gap > widest) (widest, start) = (gap, i);
        }
        var runs = Math.Max(1, Math.Min(spec.Areas - 1, rest.Count / 2));
        var used = new HashSet<string> { central.Name };
        for (var r = 0; r < runs; r++)
        {
            var from = r * rest.Count / runs;
            var to = (r + 1) * rest.Count / runs;
            var members = Enumerable.Range(from, to - from).Select(k => rest[(start + k) % rest.Count]).ToList();
            var name = AreaName(members, used);
            var area = new AreaSite { Index = Areas.Count, Name = name };
            area.Villages.AddRange(members);
            Areas.Add(area);
        }
        foreach (var a in Areas)
            foreach (var v in a.Villages) v.Area = a.Index;
    }

    private static string AreaName(List<VillageSite> members, HashSet<string> used)
    {
        var x = members.Average(v => v.Seed.X);
        var y = members.Average(v => v.Seed.Y);
        string[] dirs = ["东部", "东北", "北部", "西北", "西部", "西南", "南部", "东南"];
        var a = (Math.Atan2(y, x) * 180 / Math.PI + 360 + 22.5) % 360;
        var dir = dirs[(int)(a / 45) % 8];
        var name = dir + "片区";
        string[] ordinals = ["二", "三", "四", "五", "六", "七", "八", "九"];
        for (var k = 0; !used.Add(name); k++) name = dir + ordinals[k % ordinals.Length] + "片区";
        return name;
    }

    private void PlaceHamlets(TownshipSpec spec, Rng rng)
    {
        var usedNames = new HashSet<string>(Villages.Select(v => v.Stem));
        var compounds = rng.Shuffled(Names.Compounds);
        var nextCompound = 0;
        foreach (var v in Villages)
        {
            var vr = rng.Fork("village", v.Index);
            var inner = v.Cell.Buffer(-120);
            v.Committee = v.IsCommunity ? v.Seed : PointNear(vr, v.Seed, 0, 140, inner, [], 0);
            var count = v.IsCommunity ? 2 : spec.HamletsPerVillage + vr.Next(2);
            for (var k = 0; k < count; k++)
            {
                var avoid = v.Hamlets.Select(h => h.Position).Append(v.Committee).ToList();
                if (v.IsCommunity)
                {
                    var p = PointNear(vr, v.Seed, 150, 420, inner, avoid, 180);
                    var name = compounds[nextCompound++ % compounds.Count];
                    if (!usedNames.Add(name)) name = v.Stem + name;
                    usedNames.Add(name);
                    v.Hamlets.Add(new Hamlet(name, p, vr.Between(180, 480)));
                }
                else
                {
                    var p = PointNear(vr, v.Committee, 350, 1100, inner, avoid, 320);
                    v.Hamlets.Add(new Hamlet(Names.Hamlet(vr, usedNames), p, vr.Between(40, 260)));
                }
            }
        }
    }

    /// <summary>A random point at a distance in [min, max] from <paramref name="from"/>, inside
    /// <paramref name="within"/> and at least <paramref name="gap"/> from every point of <paramref name="avoid"/>.</summary>
    internal static Coordinate PointNear(Rng rng, Coordinate from, double min, double max, Geometry within, List<Coordinate> avoid, double gap)
    {
        Coordinate best = from.Copy();
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < 200; i++)
        {
            var a = rng.Range(0, 2 * Math.PI);
            var r = rng.Range(min, max);
            var c = new Coordinate(from.X + r * Math.Cos(a), from.Y + r * Math.Sin(a));
            var inside = within.IsEmpty || within.Contains(GeoFrame.Metres.CreatePoint(c));
            var clearance = avoid.Count == 0 ? gap : avoid.Min(p => p.Distance(c));
            var score = (inside ? 0 : -1e6) + Math.Min(clearance, gap) - r * 1e-3;
            if (score > bestScore) (best, bestScore) = (c, score);
            if (inside && clearance >= gap && i > 8) break;
        }
        return best;
    }
}
