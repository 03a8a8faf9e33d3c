using System.Text.Json;
using Zones.Server.Data;
using Queryable = Zones.Server.Data.Queryable;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// <c>/ogc/collections/{id}/queryables</c> (OGC API – Features Part 3, §queryables) and
/// <c>/sortables</c> (Part 8 draft): JSON Schema 2020-12 documents of what <c>filter</c>,
/// <c>?name=value</c> and <c>sortby</c> accept, from the one list in <see cref="Queryables"/>.
/// Coded properties list their codes (<c>enum</c>) with the Chinese label of each (<c>oneOf</c> /
/// <c>const</c> / <c>title</c>); a filter may use the code or the label.
/// Spec: https://docs.ogc.org/is/19-079r2/19-079r2.html#queryables
/// </summary>
static class OgcQueryablesEndpoint
{
    public const string SchemaType = "application/schema+json";

    /// <summary>The link relations of the two documents (OGC's registered relation types).</summary>
    public const string QueryablesRel = "http://www.opengis.net/def/rel/ogc/1.0/queryables";
    public const string SortablesRel = "http://www.opengis.net/def/rel/ogc/1.0/sortables";

    public static Task Queryables(HttpContext http, string collectionId) =>
        WriteAsync(http, collectionId, "queryables", "可查询属性 queryables", c => Data.Queryables.Of(c));

    public static Task Sortables(HttpContext http, string collectionId) =>
        WriteAsync(http, collectionId, "sortables", "可排序属性 sortables", OgcSortBy.Sortables);

    static async Task WriteAsync(HttpContext http, string collectionId, string path, string what,
                                 Func<FeatureCollection, IEnumerable<Queryable>> list)
    {
        if (FeatureCollections.Find(collectionId) is not { } c)
        {
            await OgcJson.NotFound(http, $"没有数据集“{collectionId}”。There is no collection '{collectionId}'.");
            return;
        }
        if (Html.OgcHtml.Wanted(http))
        {
            await Html.OgcQueryablesHtml.WriteAsync(http, c, list(c), what, path);
            return;
        }
        await OgcJson.Write(http, w =>
        {
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("$id", $"{OgcLinks.Root(http)}/collections/{c.Id}/{path}");
            w.WriteString("type", "object");
            w.WriteString("title", $"{c.Title}：{what}");
            w.WriteStartObject("properties");
            foreach (var q in list(c))
                WriteProperty(w, q, c);
            w.WriteEndObject();
            w.WriteBoolean("additionalProperties", false);
        }, SchemaType);
    }

    static void WriteProperty(Utf8JsonWriter w, Queryable q, FeatureCollection c)
    {
        w.WriteStartObject(q.Name);
        w.WriteString("title", q.Title);
        if (q.Type == QueryableType.Geometry)
        {
            w.WriteString("format", "geometry-" + c.GeometryType.ToLowerInvariant()); // geometry-point, geometry-multipolygon …
            w.WriteString("x-ogc-role", "primary-geometry");
        }
        else
        {
            w.WriteString("type", q.Type switch
            {
                QueryableType.Integer => "integer",
                QueryableType.Number => "number",
                QueryableType.Boolean => "boolean",
                _ => "string",
            });
            if (q.Type is QueryableType.Timestamp or QueryableType.Date)
                w.WriteString("format", q.Type == QueryableType.Date ? "date" : "date-time");
        }
        if (q.Codes is { } codes)
            WriteCodes(w, codes);
        if (q.Indexed)
            w.WriteString("description", "有索引，过滤快 indexed: filters on it are fast");
        w.WriteEndObject();
    }

    static void WriteCodes(Utf8JsonWriter w, Data.Transfer.CodeList codes)
    {
        var entries = codes.Entries.Where(e => e.Subtype is null).DistinctBy(e => e.Code).ToList();
        w.WriteStartArray("enum");
        foreach (var e in entries)
            w.WriteStringValue(e.Code);
        w.WriteEndArray();
        w.WriteStartArray("oneOf");
        foreach (var e in entries)
        {
            w.WriteStartObject();
            w.WriteString("const", e.Code);
            w.WriteString("title", e.Label);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
