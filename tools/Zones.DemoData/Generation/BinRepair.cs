using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>
/// Keeps the street-bin rule (<see cref="BinSpacing"/>) everywhere but the planted stretch, as the lighting
/// keeps "never two failed lamps in a row": a failed bin whose absence opens a stretch longer than the
/// spacing hands its failure (status and since) to the nearest working bin that serves no checked road
/// (a 村道 or a place), so the failures still number the same; a stretch too long with no failed bin in
/// it gets new bins, evenly spaced.
/// </summary>
/// <remarks>
/// Measured with a 29.5 m reach and 1 m of slack against the server's 30 m and exact spacing, so the
/// generator's flat metres never disagree with PostGIS at the margin.
/// </remarks>
internal sealed class BinRepair(Township t, VillageLayout layout, BinPlacer bins)
{
    public List<Asset> Added { get; } = [];

    public void Run(IReadOnlyList<Asset> assets, LineString? planted)
    {
        var index = new SegmentIndex(t.Roads);
        var all = assets.Where(a => a.Kind == "bin").ToList();
        for (var round = 0; round < 10; round++)
        {
            var current = all.Concat(Added).ToList();
            var gaps = BinSpacing.Gaps(t.Roads, current.Where(b => b.Status == "good"), BinSpacing.Reach - 0.5, slack: 1);
            var failedTree = BinSpacing.Tree(current.Where(b => b.Status != "good"));
            var changed = false;
            foreach (var g in gaps)
            {
                var line = new LengthIndexedLine(g.Segment.Metres);
                var failed = BinSpacing.Near(failedTree, g.Segment, BinSpacing.Reach + 0.5)
                    .Select(a => (Bin: a, At: line.Project(a.Metres))).Where(x => x.At > g.From && x.At < g.To)
                    .OrderBy(x => x.At).Select(x => x.Bin).ToList();
                if (failed.Count > 0)
                {
                    foreach (var f in failed.Where(f => f.Status != "good")) Hand(f, all, index);
                    changed = true;
                    continue;
                }
                var middle = line.ExtractPoint((g.From + g.To) / 2);
                if (planted != null && planted.IsWithinDistance(GeoFrame.Metres.CreatePoint(middle), 1)) continue;
                var n = (int)Math.Ceiling(g.Length / (g.Spacing - 5)) - 1;
                for (var k = 1; k <= n; k++)
                {
                    var at = line.ExtractPoint(g.From + g.Length * k / (n + 1), 6);
                    var bin = bins.Bin(at, t.BuiltUp.Any(b => b.Metres.Contains(GeoFrame.Metres.CreatePoint(at))), layout.VillageAt(at).Index, onRoad: true);
                    bin.Status = "good";
                    bin.StatusSince = null;
                    Added.Add(bin);
                }
                changed = true;
            }
            if (!changed) return;
        }
        throw new InvalidOperationException($"{t.Name}: street bins still leave stretches longer than the spacing");
    }

    /// <summary>Moves <paramref name="failed"/>'s failure to the nearest working first-layout bin off the checked roads.</summary>
    private static void Hand(Asset failed, List<Asset> all, SegmentIndex index)
    {
        var target = all.Where(a => a.Status == "good" && !a.Infill && !BinSpacing.OnCheckedRoad(index, a.Metres, BinSpacing.Reach + 1))
            .OrderBy(a => a.Metres.Distance(failed.Metres)).First();
        (target.Status, target.StatusSince) = (failed.Status, failed.StatusSince);
        (failed.Status, failed.StatusSince) = ("good", null);
    }
}
