using System.Text.Json.Nodes;
using Zones.Server.Data;
using Queryable = Zones.Server.Data.Queryable;
using static Zones.Server.Http.Ogc.OpenApi.OgcOpenApiSchemas;
using Zones.Server.Spatial;

namespace Zones.Server.Http.Ogc.OpenApi;

/// <summary>
/// What the API definition says about each query parameter the endpoints accept: description,
/// schema (CRS enums from <see cref="OgcCrs.Supported"/>, codes and labels of coded queryables) and
/// an example. Which parameters a path has is not decided here: the items path lists exactly
/// <see cref="OgcItemsParameters.Of"/>, the list <see cref="OgcItemsQuery"/> checks requests against;
/// a parameter this catalogue has no words for is described from that list's own record.
/// Spec: https://docs.ogc.org/is/17-069r4/17-069r4.html#_parameters (Part 1),
/// https://docs.ogc.org/is/18-058r1/18-058r1.html (Part 2), https://docs.ogc.org/is/19-079r2/19-079r2.html (Part 3)
/// </summary>
static class OgcOpenApiParameters
{
    /// <summary>A component parameter (<c>#/components/parameters/{name}</c>) for every standard parameter.</summary>
    public static JsonObject Components()
    {
        var all = new JsonObject();
        foreach (var name in Standard.Keys)
            all[Key(name)] = Standard[name]();
        return all;
    }

    /// <summary>
    /// <c>f</c> with the encodings <see cref="OgcParameters.CheckFormat"/> accepts (asked, not restated),
    /// among <paramref name="offered"/>: the formats this resource has.
    /// </summary>
    public static JsonObject Format(params string[] offered)
    {
        var accepted = offered.Where(Accepts).ToArray();
        return Query("f", "返回格式（不写时按 Accept 请求头）。The encoding of the answer; the Accept header decides when absent.",
                     Str(accepted), accepted[0]);
    }

    /// <summary>Whether the resources answer <c>f=<paramref name="format"/></c> (asks <see cref="OgcParameters.CheckFormat"/>).</summary>
    public static bool Accepts(string format) => OgcParameters.CheckFormat(new QueryCollection(
        new Dictionary<string, Microsoft.Extensions.Primitives.StringValues> { ["f"] = format })) is null;

    /// <summary>
    /// The parameter <paramref name="name"/> of the items path of <paramref name="c"/>: a reference to
    /// the shared component, or inline where the example depends on the collection's queryables.
    /// </summary>
    public static JsonObject ForItems(OgcQueryParameter parameter, FeatureCollection c)
    {
        var name = parameter.Name;
        if (name == "f")
            return Format("json", "geojson", "html");
        if (OgcItemsParameters.PropertyFilters(c).FirstOrDefault(q => q.Name == name) is { } queryable)
            return ForQueryable(queryable);
        if (!Standard.ContainsKey(name))
            return FromRecord(parameter);
        var queryables = OgcItemsParameters.PropertyFilters(c).ToList();
        JsonNode? example = name switch
        {
            "sortby" => new JsonArray("-" + queryables.First(q => q.Sortable).Name),
            "properties" => new JsonArray(FeatureProperties.Names(c).Take(2).Select(n => (JsonNode?)n).ToArray()),
            _ => null,
        };
        if (name == "filter")
            return Filter(queryables[0].Name);
        if (example is null)
            return Ref(name);
        var inline = Standard[name]();
        inline["example"] = example;
        if (name == "properties") // the names features carry: a closed list
            inline["schema"]!["items"] = Str([.. FeatureProperties.Names(c)]);
        return inline;
    }

    // One example per filter-lang value (filter-lang and filter-crs are answered only beside a filter).
    static JsonObject Filter(string property)
    {
        var filter = Standard["filter"]();
        filter.Remove("example");
        var text = new JsonObject { ["summary"] = "CQL2 text", ["value"] = $"{property} IS NOT NULL" };
        var json = $$"""{"op":"not","args":[{"op":"isNull","args":[{"property":"{{property}}"}]}]}""";
        filter["examples"] = new JsonObject
        {
            ["cql2-text"] = text,
            ["cql2-json"] = new JsonObject { ["summary"] = "CQL2 JSON (filter-lang=cql2-json)", ["value"] = json },
            ["cql-text"] = new JsonObject { ["summary"] = "GDAL 3.6 (filter-lang=cql-text)", ["value"] = $"{property} IS NOT NULL" },
        };
        return filter;
    }

    // A parameter the items list has and this catalogue does not (yet) describe in more words.
    static JsonObject FromRecord(OgcQueryParameter p)
    {
        var schema = p.Type == "array"
            ? new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = p.ItemType ?? "string" } }
            : new JsonObject { ["type"] = p.Type };
        if (p.Enum is { Count: > 0 } values)
            schema["enum"] = new JsonArray(values.Select(v => (JsonNode?)v).ToArray());
        JsonNode example = p.Enum is { Count: > 0 } ? p.Enum[0] : p.Type switch
        {
            "integer" => 1, "number" => 1.5, "boolean" => false, "array" => new JsonArray("a"), _ => (JsonNode)(p.Default ?? "a"),
        };
        return Query(p.Name, p.Description, schema, example);
    }

    /// <summary>A reference to the standard parameter <paramref name="name"/>; throws for one this catalogue does not describe.</summary>
    public static JsonObject Ref(string name) => Standard.ContainsKey(name)
        ? new JsonObject { ["$ref"] = $"#/components/parameters/{Key(name)}" }
        : throw new InvalidOperationException(
            $"The query parameter '{name}' is accepted by the server but not described in the API definition: add it to {nameof(OgcOpenApiParameters)}.");

    /// <summary>Whether the catalogue describes <paramref name="name"/>.</summary>
    public static bool Describes(string name) => Standard.ContainsKey(name);

    /// <summary><c>?name=value</c> on one queryable (Part 3, queryables-query-parameters): equality, codes or their Chinese labels.</summary>
    public static JsonObject ForQueryable(Queryable q) => new()
    {
        ["name"] = q.Name,
        ["in"] = "query",
        ["required"] = false,
        ["description"] = q.Codes is { } codes
            ? $"{q.Title}：等于此值的要素；可写代码或中文名（{codes.Describe()}）。Features whose {q.Name} equals this code or its Chinese label."
            : $"{q.Title}：等于此值的要素。Features whose {q.Name} equals this value.",
        ["style"] = "form",
        ["explode"] = false,
        ["schema"] = OgcOpenApiSchemas.OfQueryable(q),
        ["example"] = ExampleOf(q),
    };

    /// <summary>A value the parameter of <paramref name="q"/> accepts (tests send it).</summary>
    public static JsonNode ExampleOf(Queryable q) => q.Codes is { } codes ? codes.Entries[0].Code : q.Type switch
    {
        QueryableType.Integer => 1,
        QueryableType.Number => 1.5,
        QueryableType.Boolean => true,
        QueryableType.Date => "2025-01-01",
        QueryableType.Timestamp => "2025-01-01T00:00:00Z",
        _ => "示例",
    };

    /// <summary>The component key of a parameter name (<c>bbox-crs</c> → <c>bbox-crs</c>; kept as is: keys allow dashes).</summary>
    static string Key(string name) => name;

    static JsonObject Query(string name, string description, JsonObject schema, JsonNode? example = null, bool explode = false)
    {
        var p = new JsonObject
        {
            ["name"] = name, ["in"] = "query", ["required"] = false, ["description"] = description,
            ["style"] = "form", ["explode"] = explode, ["schema"] = schema,
        };
        if (example is not null)
            p["example"] = example;
        return p;
    }

    static JsonObject CrsSchema() => Str(OgcCrs.Supported.Select(c => c.Uri).ToArray());

    static readonly Dictionary<string, Func<JsonObject>> Standard = new()
    {
        ["bbox"] = () => Query("bbox",
            "只返回与此矩形相交的要素：最小经度,最小纬度,最大经度,最大纬度（或按 bbox-crs 的坐标轴顺序）；6 个数时高程被忽略。" +
            "Only features that intersect the box: minx,miny,maxx,maxy in bbox-crs (CRS84 by default).",
            new JsonObject
            {
                ["type"] = "array", ["minItems"] = 4, ["maxItems"] = 6,
                ["items"] = new JsonObject { ["type"] = "number" },
            }, new JsonArray(120.0, 30.0, 121.0, 31.0)),
        ["bbox-crs"] = () => Query("bbox-crs",
            "bbox 坐标所在的坐标系（默认 CRS84 经度、纬度）；也接受 EPSG:4490 等简写。The CRS of bbox (Part 2); default CRS84.",
            CrsSchema(), OgcParameters.Crs84),
        ["crs"] = () => Query("crs",
            "返回坐标所用的坐标系（默认 CRS84）；坐标轴顺序按该坐标系的定义（EPSG:4326/4490 纬度在前）。" +
            "The CRS of the returned geometries (Part 2), in that CRS's own axis order; the answer's Content-Crs header names it.",
            CrsSchema(), OgcParameters.Crs84),
        ["datetime"] = () => Query("datetime",
            "时间或时间段（RFC 3339），如 2025-01-01T00:00:00Z/.. 或 ../2025-06-30T23:59:59Z。" +
            "An instant or interval (RFC 3339, open ends as ..) the features' time must meet.",
            Str(), "2025-01-01T00:00:00Z/.."),
        ["limit"] = () => Query("limit",
            "每页最多返回的要素数；超过上限按上限返回。Maximum number of features on one page; larger values are lowered to the server's maximum.",
            new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["default"] = 10 }, 10),
        ["offset"] = () => Query("offset",
            "跳过的要素数（翻页用，next/prev 链接自带）。Number of features to skip; the next/prev links carry it.",
            new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["default"] = 0 }, 0),
        ["filter"] = () => Query("filter",
            "CQL2 过滤条件（见 queryables），如 status = '损坏' AND S_INTERSECTS(geometry, BBOX(120,30,121,31))。" +
            "A CQL2 expression over the collection's queryables (Part 3); syntax errors answer 400 with the character position.",
            Str(), "geometry IS NOT NULL"),
        ["filter-lang"] = () => Query("filter-lang",
            "filter 的写法：cql2-text（默认）或 cql2-json（cql-text 同 cql2-text，供 GDAL 3.6）；只和 filter 一起用。" +
            "The encoding of filter: cql2-text (default) or cql2-json; cql-text, the draft's name GDAL 3.6 sends, is read as cql2-text. Only together with filter.",
            Str([.. OgcItemsParameters.FilterLanguages]), "cql2-text"),
        ["filter-crs"] = () => Query("filter-crs",
            "filter 中几何字面量的坐标系（默认 CRS84）；只和 filter 一起用。The CRS of geometry literals in filter; default CRS84. Only together with filter.",
            CrsSchema(), OgcParameters.Crs84),
        ["sortby"] = () => Query("sortby",
            "排序字段（见 sortables），逗号分隔，前加 - 为降序，如 -reportedAt,caseNumber。" +
            "Sort keys from the collection's sortables, comma-separated; '-' sorts descending, '+' or none ascending.",
            new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Str() }),
        ["properties"] = () => Query("properties",
            "只返回这些属性（逗号分隔）。Only these properties in each feature, comma-separated.",
            new JsonObject { ["type"] = "array", ["items"] = Str() }),
        ["skipGeometry"] = () => Query("skipGeometry",
            "为 true 时不返回几何。true leaves the geometry out of each feature (null).",
            new JsonObject { ["type"] = "boolean", ["default"] = false }, false),
    };
}
