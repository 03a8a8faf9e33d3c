using Zones.Server.Data;
using Queryable = Zones.Server.Data.Queryable;

namespace Zones.Server.Http.Ogc;

/// <summary>One query parameter of the items path, as the API definition describes it.</summary>
/// <param name="Type">The JSON Schema type of the value: string, integer, number, boolean, or array (comma-separated).</param>
/// <param name="Enum">The accepted values, when they are a closed list.</param>
sealed record OgcQueryParameter(string Name, string Description, string Type, IReadOnlyList<string>? Enum = null,
                                string? Default = null, string? ItemType = null);

/// <summary>
/// THE list of the query parameters of <c>/ogc/collections/{id}/items</c>: <see cref="OgcItemsQuery"/>
/// refuses any other name (req /core/query-param-unknown) and the API definition lists these, plus one
/// equality parameter per queryable of the collection (<see cref="Of"/>), so the two never disagree.
/// </summary>
static class OgcItemsParameters
{
    /// <summary>
    /// filter-lang values: CQL2 text and JSON (Part 3), and <c>cql-text</c>, the draft's name GDAL 3.6's OAPIF
    /// driver sends — it pushes <c>-where</c> to the server only when the API definition lists that value.
    /// </summary>
    public static readonly IReadOnlyList<string> FilterLanguages = ["cql2-text", "cql2-json", "cql-text"];

    public static readonly IReadOnlyList<OgcQueryParameter> Common =
    [
        new("f", "格式 format: json / geojson", "string", ["json", "geojson"]),
        new("bbox", "范围 minLon,minLat,maxLon,maxLat (bbox-crs)", "array", ItemType: "number"),
        new("bbox-crs", "bbox 的坐标系 CRS of bbox", "string", Default: OgcParameters.Crs84),
        new("crs", "输出坐标系 CRS of the returned geometries", "string", Default: OgcParameters.Crs84),
        new("datetime", "时间 RFC 3339 instant or interval start/end ('..' open)", "string"),
        new("limit", "每页条数 page size", "integer"),
        new("offset", "跳过条数 features to skip", "integer", Default: "0"),
        new("filter", "CQL2 过滤条件 filter expression (filter-lang)", "string"),
        new("filter-lang", "过滤语言 filter language", "string", FilterLanguages, Default: "cql2-text"),
        new("filter-crs", "filter 中几何的坐标系 CRS of the filter's geometries", "string", Default: OgcParameters.Crs84),
        new("sortby", "排序 +name,-reportedAt (see /sortables)", "array", ItemType: "string"),
        new("properties", "只返回这些属性 only these properties", "array", ItemType: "string"),
        new("skipGeometry", "不返回几何 omit geometries", "boolean", Default: "false"),
    ];

    /// <summary>
    /// The parameters of one collection's items: <see cref="Common"/> and, per non-geometry queryable,
    /// <c>?name=value</c> (equality; coded ones accept the code or its Chinese label).
    /// </summary>
    public static IReadOnlyList<OgcQueryParameter> Of(FeatureCollection c) =>
    [
        .. Common,
        .. PropertyFilters(c).Select(q => new OgcQueryParameter(q.Name, $"{q.Title} =",
            q.Type switch { QueryableType.Integer => "integer", QueryableType.Number => "number", QueryableType.Boolean => "boolean", _ => "string" },
            q.Codes?.Entries.Where(e => e.Subtype is null).Select(e => e.Code).Distinct().ToList())),
    ];

    /// <summary>The queryables that are also query parameters: every one but the geometry.</summary>
    public static IEnumerable<Queryable> PropertyFilters(FeatureCollection c) =>
        Queryables.Of(c).Where(q => q.Type != QueryableType.Geometry);
}
