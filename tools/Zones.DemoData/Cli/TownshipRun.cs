using System.Diagnostics;
using Zones.DemoData.Complaints;
using Zones.DemoData.Core;
using Zones.DemoData.Generation;
using Zones.DemoData.Output;

namespace Zones.DemoData.Cli;

/// <summary>Generates one township and writes its folder; returns a one-line summary.</summary>
internal static class TownshipRun
{
    public static (GeneratedTownship Township, ComplaintStats Stats, string Line) Run(TownshipSpec spec, string dir)
    {
        var clock = Stopwatch.StartNew();
        var g = TownshipGenerator.Generate(spec);
        TownshipWriter.Write(g.Township, dir);
        var stats = new ComplaintGenerator(g, new Rng(spec.Seed).Fork("complaints")).Write(dir, spec.Complaints);
        var t = g.Township;
        var line = $"{t.DivisionCode} {t.Name}: zones {t.Zones.Count}, roads {t.Roads.Count}, units {t.Units.Count}, people {t.People.Count}, " +
                   $"shops {t.Shops.Count}, places {t.Places.Count}, assets {t.Assets.Count}, assignments {t.Assignments.Count}, " +
                   $"complaints {stats.Total} (events {stats.Events}, open {stats.Open}, overdue {stats.OpenOverdue}) in {clock.Elapsed.TotalSeconds:0.0} s";
        return (g, stats, line);
    }
}
