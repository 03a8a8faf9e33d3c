using Zones.Server.Data;
using Queryable = Zones.Server.Data.Queryable;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// The <c>sortby</c> parameter (OGC API – Features Part 8 draft, as STAC and OGC API – Records use it):
/// comma-separated sortables, each optionally prefixed <c>+</c> (ascending, the default) or <c>-</c>
/// (descending). A URL's unescaped <c>+</c> arrives as a blank, which therefore means ascending too.
/// </summary>
static class OgcSortBy
{
    public static IReadOnlyList<FeatureSort> Parse(string? raw, FeatureCollection c, ref string? error)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return [];
        var keys = new List<FeatureSort>();
        foreach (var part in raw.Split(','))
        {
            var term = part.Trim();
            var descending = term.StartsWith('-');
            var name = term.TrimStart('+', '-').Trim();
            if (Sortables(c).FirstOrDefault(q => q.Name == name) is not { } property)
            {
                error = $"sortby 中的“{name}”不能用于排序。可排序的属性：{string.Join(", ", Sortables(c).Select(q => q.Name))}" +
                        $"（前加 - 为降序，如 sortby=-{Sortables(c).First().Name}）。" +
                        $"Cannot sort on '{name}': use one of the sortables (/collections/{c.Id}/sortables), '-' before a name for descending.";
                return [];
            }
            keys.Add(new FeatureSort(property, descending));
        }
        return keys;
    }

    /// <summary>What a collection may be sorted on: its sortable queryables (never the geometry).</summary>
    public static IEnumerable<Queryable> Sortables(FeatureCollection c) =>
        Queryables.Of(c).Where(q => q.Sortable && q.Type != QueryableType.Geometry);
}
