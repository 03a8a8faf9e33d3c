using Zones.DemoData.Generation;
using Zones.DemoData.Reporting;

namespace Zones.DemoData.Cli;

/// <summary>
/// <c>demo --out data/demo [--seed N]</c>: the committed demo township 桑溪镇 of 长兴县 (浙江省湖州市),
/// with its README. The seed is fixed so the committed files only change when the generator does.
/// </summary>
internal static class DemoCommand
{
    public const ulong DefaultSeed = 20261120;

    public static TownshipSpec Spec(ulong seed) => new()
    {
        DivisionCode = "330522125000",
        Name = "桑溪镇",
        CenterLon = 119.8050,
        CenterLat = 31.0350,
        Seed = seed,
        RotationDeg = -12,
    };

    public static string Run(Arguments args)
    {
        var dir = args.String("out");
        var seed = (ulong)args.Long("seed", (long)DefaultSeed);
        var (g, stats, line) = TownshipRun.Run(Spec(seed), dir);
        DemoReadme.Write(g, stats, Path.Combine(dir, "README.md"));
        return line;
    }
}
