using System.Diagnostics;
using Zones.DemoData.Core;
using Zones.DemoData.Generation;

namespace Zones.DemoData.Cli;

/// <summary>
/// <c>county --townships N --assets A --complaints C --seed S --out DIR [--county-code 330522]</c>:
/// N townships laid out on a 14 km grid, assets and complaints split evenly, one folder per township.
/// Townships run in parallel (one per core); each is generated from its own seed, so the files do
/// not depend on the schedule.
/// </summary>
internal static class CountyCommand
{
    private const double Spacing = 14_000;

    public static string Run(Arguments args)
    {
        var n = (int)args.Long("townships");
        var assets = args.Long("assets");
        var complaints = args.Long("complaints");
        var seed = (ulong)args.Long("seed", 42);
        var dir = args.String("out");
        var county = args.String("county-code", "330522");
        var specs = Specs(n, assets, complaints, seed, county);
        var lines = new string[n];
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(dir);
        Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => lines[i] = TownshipRun.Run(specs[i], Path.Combine(dir, specs[i].DivisionCode)).Line);
        return string.Join("\n", lines) + $"\ncounty: {n} townships, {assets} assets, {complaints} complaints in {clock.Elapsed.TotalSeconds:0.0} s";
    }

    public static List<TownshipSpec> Specs(int n, long assets, long complaints, ulong seed, string county)
    {
        var master = new Rng(seed);
        var names = master.Fork("names").Shuffled(Names.TownshipFirst.SelectMany(a => Names.TownshipSecond.Select(b => a + b + "镇")));
        var codes = Enumerable.Range(101, 899).Where(c => c != 125).Take(n).ToList();
        if (codes.Count < n || n < 1) throw new ArgumentException("--townships must be between 1 and 898");
        var cols = (int)Math.Ceiling(Math.Sqrt(n));
        var rows = (n + cols - 1) / cols;
        var frame = new GeoFrame(119.91, 31.01);
        var block = 999_999 / n;
        var specs = new List<TownshipSpec>();
        for (var i = 0; i < n; i++)
        {
            var r = master.Fork("township", i);
            var x = (i % cols - (cols - 1) / 2.0) * Spacing;
            var y = ((rows - 1) / 2.0 - i / cols) * Spacing;
            var centre = frame.ToDegrees(new NetTopologySuite.Geometries.Coordinate(x + r.Range(-1500, 1500), y + r.Range(-1500, 1500)));
            specs.Add(new TownshipSpec
            {
                DivisionCode = county + codes[i].ToString("D3", Fmt.Inv) + "000",
                Name = names[i % names.Count],
                CenterLon = Math.Round(centre.X, 4),
                CenterLat = Math.Round(centre.Y, 4),
                Seed = r.NextULong(),
                Villages = r.Between(12, 18),
                Areas = r.Between(4, 6),
                Radius = r.Range(3800, 4600),
                RotationDeg = r.Range(-25, 25),
                AssetTarget = (int)(assets / n + (i < assets % n ? 1 : 0)),
                Complaints = (int)(complaints / n + (i < complaints % n ? 1 : 0)),
                SerialBase = i * block,
            });
        }
        return specs;
    }
}
