using System.Text.Json.Nodes;
using Zones.Server.Data;
using static Zones.Server.Http.Ogc.OpenApi.OgcOpenApiSchemas;

namespace Zones.Server.Http.Ogc.OpenApi;

/// <summary>
/// The <c>paths</c> of the API definition, one per resource the <c>/ogc</c> routes answer, written
/// out per collection (<c>/collections/assets/items</c>) because each collection has its own
/// queryables: GDAL's OAPIF driver reads the parameters of exactly that path to decide which
/// <c>-where</c> it can push to the server.
/// </summary>
static class OgcOpenApiPaths
{
    const string OpenApiType = "application/vnd.oai.openapi+json;version=3.0";
    const string SchemaType = "application/schema+json";
    const string HtmlType = "text/html";

    public static JsonObject All()
    {
        var paths = new JsonObject
        {
            ["/"] = Get("getLandingPage", "Capabilities", "入口页 Landing page",
                        "服务说明及 API 定义、符合的标准、数据集的链接。Links to the API definition, conformance and the collections.",
                        [Format()], Ok("landingPage")),
            ["/conformance"] = Get("getConformanceDeclaration", "Capabilities", "符合的标准 Conformance classes",
                                   "本服务实现的 OGC 标准的符合性类。The conformance classes this server implements.",
                                   [Format()], Ok("confClasses")),
            ["/api"] = Get("getApiDefinition", "Capabilities", "API 定义 API definition",
                           "本文档（OpenAPI 3.0），f=html 为可读的网页。This document; f=html renders it as a page.",
                           [OgcApiPage.Format()], OgcApiPage.Ok(Ok("document", OpenApiType))),
            ["/collections"] = Get("getCollections", "Capabilities", "数据集 Collections",
                                   "所有数据集及其范围。Every feature collection, with its extent and CRS list.",
                                   [Format()], Ok("collections")),
        };
        foreach (var c in FeatureCollections.All)
            AddCollection(paths, c);
        OgcOpenApiTilePaths.Add(paths);
        return paths;
    }

    static void AddCollection(JsonObject paths, FeatureCollection c)
    {
        var root = $"/collections/{c.Id}";
        paths[root] = Get($"describeCollection_{c.Id}", "Capabilities", $"{c.Title}：数据集说明 collection",
                          c.Description, [Format()], Ok("collection"));
        paths[$"{root}/items"] = Get($"getFeatures_{c.Id}", "Data", $"{c.Title}：要素 features",
            $"{c.Description}。按条件分页返回 GeoJSON 要素（next/prev 链接翻页）。Features as GeoJSON, page by page.",
            ItemsParameters(c), Ok($"{c.Id}FeatureCollection", OgcParameters.GeoJsonType, crsHeader: true));
        paths[$"{root}/items/{{featureId}}"] = Get($"getFeature_{c.Id}", "Data", $"{c.Title}：单个要素 one feature",
            "一个要素（无权查看的乡镇的要素同样答 404）。One feature; a feature of a township the caller may not read is a 404 too.",
            ItemParameters(c),
            Ok($"{c.Id}Feature", OgcParameters.GeoJsonType, crsHeader: true), notFound: true);
        paths[$"{root}/queryables"] = Get($"getQueryables_{c.Id}", "Capabilities", $"{c.Title}：可查询属性 queryables",
            "filter 与 ?属性=值 可用的属性（JSON Schema）。The properties filter and ?name=value may use, as JSON Schema.",
            [Format()], Ok("queryables", SchemaType));
        paths[$"{root}/sortables"] = Get($"getSortables_{c.Id}", "Capabilities", $"{c.Title}：可排序属性 sortables",
            "sortby 可用的属性（JSON Schema）。The properties sortby may use, as JSON Schema.",
            [Format()], Ok("queryables", SchemaType));
    }

    // Exactly the parameters OgcItemsQuery accepts: the common ones, then one per queryable.
    static JsonNode?[] ItemsParameters(FeatureCollection c) =>
        [.. OgcItemsParameters.Of(c).Select(p => OgcOpenApiParameters.ForItems(p, c))];

    // What OgcItemsEndpoint.Item reads: the format, the output CRS and the feature's shape.
    static JsonNode?[] ItemParameters(FeatureCollection c) =>
    [
        FeatureId(),
        .. OgcItemsParameters.Common.Where(p => p.Name is "f" or "crs" or "properties" or "skipGeometry")
            .Select(p => OgcOpenApiParameters.ForItems(p, c)),
    ];

    /// <summary><c>f</c> of a JSON resource: json, and html where the pages offer it.</summary>
    public static JsonObject Format() => OgcOpenApiParameters.Format("json", "html");

    static JsonObject FeatureId() => new()
    {
        ["name"] = "featureId", ["in"] = "path", ["required"] = true,
        ["description"] = "要素编号（properties 外的 id）。The feature's id, as in its id member.",
        ["schema"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
    };

    /// <summary>A 200 answer with <paramref name="schema"/> as <paramref name="type"/>, or as a page where the resource has one.</summary>
    public static JsonObject Ok(string schema, string type = OgcParameters.JsonType, bool crsHeader = false, bool html = true)
    {
        var content = new JsonObject { [type] = new JsonObject { ["schema"] = Ref(schema) } };
        if (html && OgcOpenApiParameters.Accepts("html"))
            content[HtmlType] = new JsonObject { ["schema"] = Str() };
        var ok = new JsonObject { ["description"] = "成功 OK", ["content"] = content };
        if (crsHeader)
            ok["headers"] = new JsonObject
            {
                ["Content-Crs"] = new JsonObject
                {
                    ["description"] = "几何所用坐标系的 URI，加尖括号。The CRS of the geometries, as <uri> (Part 2).",
                    ["schema"] = Str(),
                },
            };
        return ok;
    }

    public static JsonObject Get(string operationId, string tag, string summary, string description,
                          JsonNode?[] parameters, JsonObject ok, bool notFound = false)
    {
        var responses = new JsonObject
        {
            ["200"] = ok,
            ["400"] = new JsonObject { ["$ref"] = "#/components/responses/InvalidParameter" },
        };
        if (notFound)
            responses["404"] = new JsonObject { ["$ref"] = "#/components/responses/NotFound" };
        responses["500"] = new JsonObject { ["$ref"] = "#/components/responses/ServerError" };
        return new JsonObject
        {
            ["get"] = new JsonObject
            {
                ["operationId"] = operationId, ["tags"] = new JsonArray(tag), ["summary"] = summary,
                ["description"] = description, ["parameters"] = new JsonArray(parameters), ["responses"] = responses,
            },
        };
    }
}
