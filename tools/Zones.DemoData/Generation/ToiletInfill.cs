using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>
/// Public toilets added until all built-up land is within reach of a working toilet (GB 55013-2021
/// 5.0.1: 300 m), except the planted hole round the 中心幼儿园.
/// </summary>
/// <remarks>
/// The land is sampled every 10 m. Toilets go on a hexagonal lattice (see <see cref="Lattice"/>), less
/// the one site nearest the 中心幼儿园: what only that site would have reached is the planted hole. A greedy
/// pass then fills whatever else is left, each round the candidate that brings the most uncovered samples
/// into reach (a place of 人流聚集 weighing more than a roadside spot, a spot off the roads less). Reach here
/// is 292 m, so the server's 300 m geodesic circles leave no sliver between the samples.
/// <para>Planted (issue #12): a toilet on the creek's west bank (<see cref="TownTemplate.CreekToilet"/>) and no
/// other toilet within <see cref="CreekClearance"/> m of the dwelling across the creek, so that no toilet is within
/// 300 m' walk of it while the one across the water is 253 m away in a straight line.</para>
/// </remarks>
internal sealed class ToiletInfill(Township t, VillageLayout layout, Org org, PlaceBuilder places, BinPlacer bins, Rng rng)
{
    private const double Reach = 292;
    private const double Step = 10;
    private const double Cell = 50;
    public const double CreekClearance = 320;

    private sealed record Candidate(Coordinate At, double Weight, string Name);

    public List<Asset> Assets { get; } = [];

    public void Place(IReadOnlyList<Asset> existing, VillageSite noToilet)
    {
        var hole = places.At(TownTemplate.Kindergarten);
        t.Plants.ToiletHoleCentre = hole;
        var toilets = existing.Where(a => a.Kind == "toilet" && a.Status == "good").Select(a => a.Metres).ToList();
        var land = UnaryUnionOp.Union(t.BuiltUp.Select(b => b.Metres).ToList());
        var samples = Samples(land);
        var covered = new bool[samples.Count];
        var buckets = Buckets(samples);
        var creek = places.At(TownTemplate.CreekToilet);
        t.Plants.CreekToilet = creek;
        toilets.Add(creek);
        foreach (var c in toilets) Cover(c, samples, covered, buckets);
        var candidates = Candidates(land, t.Zones.First(z => z.Code == noToilet.Code).Metres)
            .Where(c => c.At.Distance(t.Plants.CreekDwelling!.Metres) > CreekClearance).ToList();
        var names = existing.Where(a => a.Kind == "toilet").Select(a => a.Name!).ToHashSet();
        foreach (var c in Lattice(land, hole, candidates, samples, covered, buckets))
        {
            Add(c.At, Unique(c.Name, names));
            Cover(c.At, samples, covered, buckets);
        }
        // What the lattice left (sites with no candidate near): greedy, most uncovered samples first.
        var gains = candidates.Select(c => Gain(c.At, samples, covered, buckets)).ToArray();
        while (true)
        {
            var best = -1;
            for (var i = 0; i < candidates.Count; i++)
                if (gains[i] > 0 && (best < 0 || gains[i] * candidates[i].Weight > gains[best] * candidates[best].Weight)) best = i;
            if (best < 0) break;
            var at = candidates[best].At;
            Add(at, Unique(candidates[best].Name, names));
            Cover(at, samples, covered, buckets);
            for (var i = 0; i < candidates.Count; i++)
                if (gains[i] > 0 && candidates[i].At.Distance(at) < 2 * Reach) gains[i] = Gain(candidates[i].At, samples, covered, buckets);
        }
        // Last, so that every other toilet keeps its draws.
        Add(creek, Unique("新华路公厕", names));
    }

    /// <summary>
    /// A hexagonal lattice of sites 470 m apart (every point within 271 m of one), less the sites nobody
    /// needs (all their uncovered land is another's too), each moved to the best candidate within 21 m
    /// (271 + 21 = 292: the land stays covered), else dropped for the greedy pass to fill.
    /// </summary>
    private static List<Candidate> Lattice(Geometry land, Coordinate hole, List<Candidate> candidates, List<Coordinate> samples, bool[] covered,
        Dictionary<(long, long), List<int>> buckets)
    {
        const double a = 470;
        var env = land.EnvelopeInternal;
        var sites = new List<Coordinate>();
        var dy = a * Math.Sqrt(3) / 2;
        // Anchored on the 中心幼儿园, so that the site left out below stands on it.
        for (var row = (long)Math.Floor((env.MinY - a - hole.Y) / dy); hole.Y + row * dy < env.MaxY + a; row++)
        {
            var shift = (row % 2 + 2) % 2 * a / 2;
            for (var col = (long)Math.Floor((env.MinX - a - hole.X) / a); hole.X + col * a < env.MaxX + a; col++)
                sites.Add(new Coordinate(hole.X + col * a + shift, hole.Y + row * dy));
        }
        // Planted: the site nearest the 中心幼儿园 is left out, and its cell is no target of the greedy pass either.
        var holeSite = sites.OrderBy(c => c.Distance(hole)).First();
        sites.Remove(holeSite);
        for (var i = 0; i < samples.Count; i++)
            if (samples[i].Distance(holeSite) <= sites.Min(c => c.Distance(samples[i]))) covered[i] = true;
        // Each site moves to the best candidate within 21 m, or is left out; then the ones nobody needs go.
        var snapped = sites.Select(site => candidates.Where(c => c.At.Distance(site) <= 21)
                .OrderByDescending(c => c.Weight).ThenBy(c => c.At.Distance(site)).FirstOrDefault())
            .OfType<Candidate>().ToList();
        var count = new int[samples.Count];
        var reach = snapped.Select(c => InReach(c.At, samples, buckets).Where(i => !covered[i]).ToList()).ToList();
        foreach (var list in reach) foreach (var i in list) count[i]++;
        var chosen = new List<Candidate>();
        foreach (var k in Enumerable.Range(0, snapped.Count).OrderBy(k => reach[k].Count).ThenBy(k => k))
        {
            if (reach[k].All(i => count[i] > 1)) { foreach (var i in reach[k]) count[i]--; continue; }
            chosen.Add(snapped[k]);
        }
        return chosen;
    }

    private static List<Coordinate> Samples(Geometry land)
    {
        var locator = new IndexedPointInAreaLocator(land);
        var env = land.EnvelopeInternal;
        var samples = new List<Coordinate>();
        for (var x = Math.Floor(env.MinX / Step) * Step + Step / 2; x < env.MaxX; x += Step)
            for (var y = Math.Floor(env.MinY / Step) * Step + Step / 2; y < env.MaxY; y += Step)
                if (locator.Locate(new Coordinate(x, y)) == Location.Interior) samples.Add(new Coordinate(x, y));
        return samples;
    }

    private static Dictionary<(long, long), List<int>> Buckets(List<Coordinate> samples)
    {
        var buckets = new Dictionary<(long, long), List<int>>();
        for (var i = 0; i < samples.Count; i++)
        {
            var key = ((long)Math.Floor(samples[i].X / Cell), (long)Math.Floor(samples[i].Y / Cell));
            if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
            list.Add(i);
        }
        return buckets;
    }

    private static IEnumerable<int> InReach(Coordinate c, List<Coordinate> samples, Dictionary<(long, long), List<int>> buckets)
    {
        for (var bx = (long)Math.Floor((c.X - Reach) / Cell); bx <= (long)Math.Floor((c.X + Reach) / Cell); bx++)
            for (var by = (long)Math.Floor((c.Y - Reach) / Cell); by <= (long)Math.Floor((c.Y + Reach) / Cell); by++)
                if (buckets.TryGetValue((bx, by), out var list))
                    foreach (var i in list)
                        if (samples[i].Distance(c) <= Reach) yield return i;
    }

    private static void Cover(Coordinate c, List<Coordinate> samples, bool[] covered, Dictionary<(long, long), List<int>> buckets)
    {
        foreach (var i in InReach(c, samples, buckets)) covered[i] = true;
    }

    private static int Gain(Coordinate c, List<Coordinate> samples, bool[] covered, Dictionary<(long, long), List<int>> buckets) =>
        InReach(c, samples, buckets).Count(i => !covered[i]);

    /// <summary>Beside the places of 人流聚集, along every road every 40 m, and on a 25 m grid, up to the reach outside the land; never in the village planted without a toilet.</summary>
    private List<Candidate> Candidates(Geometry land, Geometry noToilet)
    {
        var near = land.Buffer(Reach);
        var list = new List<Candidate>();
        void Offer(Coordinate at, double weight, string name)
        {
            var p = GeoFrame.Metres.CreatePoint(at);
            if (near.Contains(p) && !noToilet.Contains(p))
                list.Add(new Candidate(at, weight, name));
        }
        foreach (var p in t.Places.Where(p => p.Kind is "market" or "school" or "bus_stop" or "square" or "park"))
            Offer(new Coordinate(p.Metres.X + 22, p.Metres.Y + 18), 1.3, p.Name + "公厕");
        foreach (var s in t.Roads)
        {
            var line = new Polyline(s.Metres.Coordinates.ToList());
            for (var d = 20.0; d < line.Length; d += 40) Offer(line.At(d, 10), 1.0, s.Name + "公厕");
        }
        var index = new SegmentIndex(t.Roads);
        var env = land.EnvelopeInternal;
        for (var x = Math.Floor(env.MinX / 25) * 25; x < env.MaxX; x += 25)
            for (var y = Math.Floor(env.MinY / 25) * 25; y < env.MaxY; y += 25)
            {
                var at = new Coordinate(x, y);
                var road = index.Nearest(at, 300).Segment;
                Offer(at, 0.6, (road?.Name ?? t.BuiltUp.First().Name) + "公厕");
            }
        return list;
    }

    private static readonly string[] Numerals = ["二", "三", "四", "五", "六", "七", "八", "九", "十"];

    private static string Unique(string name, HashSet<string> taken)
    {
        var stem = name[..^2];
        for (var k = 0; !taken.Add(name); k++)
            name = stem + (k < Numerals.Length ? Numerals[k] : (k + 2).ToString(Fmt.Inv)) + "号公厕";
        return name;
    }

    private void Add(Coordinate at, string name)
    {
        var toilet = new Asset
        {
            Kind = "toilet", Subtype = "flush", ClassCode = "0301", Name = name, Metres = at, Infill = true,
            MaintainerUnitCode = org.CleaningCompany.Code, OwnerUnitCode = org.SanitationOffice.Code,
            InstallDate = new DateOnly(rng.Between(2018, 2025), rng.Between(1, 12), rng.Between(1, 28)),
        };
        toilet.Attributes.Add(new("male_stalls", rng.Between(2, 4)));
        toilet.Attributes.Add(new("female_stalls", rng.Between(3, 6)));
        toilet.Attributes.Add(new("accessible_stalls", 1));
        toilet.Attributes.Add(new("opening_hours", "06:00-22:00"));
        toilet.Attributes.Add(new("grade", "二类"));
        Assets.Add(toilet);
        var binAt = VillageLayout.PointNear(rng, at, 6, 18, Polygon.Empty, [], 0);
        Assets.Add(bins.Bin(binAt, town: true, layout.VillageAt(binAt).Index, onRoad: false));
    }
}
