using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Zones.DemoData.Core;

/// <summary>Nearest item of an STR-tree within a distance, ties broken by a stable key (never by tree order).</summary>
internal static class Nearest
{
    public static (T? Item, double Distance) Find<T>(STRtree<T> tree, Coordinate p, double within, Func<T, double> distance, Func<T, string> key)
        where T : class
    {
        var env = new Envelope(p);
        env.ExpandBy(within);
        T? best = null;
        var bestDistance = within;
        foreach (var item in tree.Query(env))
        {
            var d = distance(item);
            if (d < bestDistance || d == bestDistance && best != null && string.CompareOrdinal(key(item), key(best)) < 0)
                (best, bestDistance) = (item, d);
        }
        return (best, best == null ? double.MaxValue : bestDistance);
    }
}
