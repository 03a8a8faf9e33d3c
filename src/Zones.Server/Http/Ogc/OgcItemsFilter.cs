using Zones.Server.Data;
using Zones.Server.Http.Ogc.Cql2;
using Zones.Server.Spatial;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// The filters of an items request as one compiled condition: <c>filter</c> (CQL2 text or JSON, with
/// <c>filter-lang</c> and <c>filter-crs</c>) AND every <c>?queryable=value</c> equality (Part 3,
/// queryables-query-parameters). All values reach SQL as parameters numbered from
/// <see cref="FeatureStore.FirstWhereParameter"/>; property names resolve to the constant SQL of
/// <see cref="Queryables"/>, so nothing from the request is spliced into a statement.
/// Spec: https://docs.ogc.org/is/19-079r2/19-079r2.html#filter-param
/// </summary>
static class OgcItemsFilter
{
    public static CompiledFilter? Parse(IQueryCollection q, FeatureCollection c, ref string? error)
    {
        var parts = new List<Cql2Expression>();
        try
        {
            if (Filter(q, ref error) is { } filter)
                parts.Add(filter);
            foreach (var p in OgcItemsParameters.PropertyFilters(c).Where(p => q.ContainsKey(p.Name)))
            {
                if (q[p.Name].Distinct().Count() > 1)
                    error ??= $"参数 {p.Name} 只能给一次；要匹配多个值请用 filter={p.Name} IN ('…','…')。" +
                              $"Give {p.Name} once; for several values use filter={p.Name} IN ('…','…').";
                parts.Add(Cql2Sql.PropertyEquals(p.Name, OgcParameters.Value(q[p.Name])));
            }
            if (!FilterCrs(q, ref error, out var crs) || error is not null || parts.Count == 0)
                return null;
            return Cql2Sql.Compile(Cql2Sql.And(parts), c, crs, FeatureStore.FirstWhereParameter);
        }
        catch (Cql2Exception e)
        {
            error = e.Message;
            return null;
        }
    }

    static Cql2Expression? Filter(IQueryCollection q, ref string? error)
    {
        var lang = OgcParameters.Value(q["filter-lang"]);
        if (lang.Length > 0 && !OgcItemsParameters.FilterLanguages.Contains(lang))
        {
            error = $"不支持 filter-lang={lang}：可用 cql2-text（默认）或 cql2-json。" +
                    $"Unsupported filter-lang '{lang}': use cql2-text (the default) or cql2-json.";
            return null;
        }
        if (!q.ContainsKey("filter"))
            return null; // filter-lang alone is checked and has nothing to apply to
        // cql-text is the draft's name for the same text encoding: GDAL 3.6's OAPIF driver sends it.
        return Cql2Parser.Parse(OgcParameters.Value(q["filter"]), lang == "cql-text" ? Cql2Parser.Text : lang);
    }

    static bool FilterCrs(IQueryCollection q, ref string? error, out OgcCrs crs)
    {
        if (OgcCrs.TryParse(OgcParameters.Value(q["filter-crs"]), out crs, out var crsError))
            return true;
        error = "filter-crs: " + crsError;
        return false;
    }
}
