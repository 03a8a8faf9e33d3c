using System.Text.Json.Nodes;
using Zones.Server.Http.Ogc.OpenApi;
using Zones.Server.Spatial;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// The OpenAPI 3.0 definition of the <c>/ogc</c> resources (Core's <c>service-desc</c>; conformance
/// class oas30). It is generated from the lists the endpoints themselves use — the collections, the
/// parameters <see cref="OgcItemsQuery"/> accepts (<see cref="OgcItemsParameters"/>), each collection's <see cref="Data.Queryables"/>,
/// <see cref="OgcCrs.Supported"/>, the formats <see cref="OgcParameters.CheckFormat"/> accepts — so
/// it cannot claim a parameter the server refuses nor miss one it takes (OgcApiDefinitionTests
/// send every parameter of every path).
/// Spec: https://docs.ogc.org/is/17-069r4/17-069r4.html#_api_definition_2, https://spec.openapis.org/oas/v3.0.3
/// </summary>
static class OgcApiDefinition
{
    /// <summary>The document, with <paramref name="root"/> (the absolute <c>/ogc</c> URL) as its server.</summary>
    public static JsonObject Build(string root) => new()
    {
        ["openapi"] = "3.0.3",
        ["info"] = new JsonObject
        {
            ["title"] = "Zones OGC API – Features",
            ["version"] = "1.0.0",
            ["description"] = "片区、路段、部件、案卷与门店的 OGC API – Features 服务：第 1 部分（核心、GeoJSON、HTML）、" +
                              "第 2 部分（按引用的坐标系）、第 3 部分（CQL2 过滤、queryables）。只读；只返回调用者可查看的乡镇的数据。" +
                              " Read-only OGC API – Features Parts 1–3 over the township sanitation GIS; answers hold only the townships the caller may read.",
        },
        ["servers"] = new JsonArray(new JsonObject { ["url"] = root, ["description"] = "本服务 this server" }),
        ["tags"] = new JsonArray(
            new JsonObject { ["name"] = "Capabilities", ["description"] = "服务与数据集的说明 what the service and its collections offer" },
            new JsonObject { ["name"] = "Data", ["description"] = "要素 the features" },
            new JsonObject { ["name"] = "Tiles", ["description"] = "矢量瓦片（OGC API – Tiles）vector tiles" }),
        ["paths"] = OgcOpenApiPaths.All(),
        ["components"] = new JsonObject
        {
            ["parameters"] = OgcOpenApiParameters.Components(),
            ["schemas"] = OgcOpenApiSchemas.Components(),
            ["responses"] = new JsonObject
            {
                ["InvalidParameter"] = Error("参数有误（说明中写明哪个参数、如何改正）。A parameter is wrong; the description says which and how to fix it."),
                ["NotFound"] = Error("没有此要素，或调用者无权查看。No such feature, or not readable by the caller."),
                ["ServerError"] = Error("服务器或数据库出错。A server or database error."),
            },
        },
    };

    static JsonObject Error(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject
        {
            [OgcParameters.JsonType] = new JsonObject { ["schema"] = OgcOpenApiSchemas.Ref("exception") },
        },
    };
}
