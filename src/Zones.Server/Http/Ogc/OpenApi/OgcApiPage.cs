using System.Text.Json;
using System.Text.Json.Nodes;
using Zones.Server.Http.Ogc.Html;

namespace Zones.Server.Http.Ogc.OpenApi;

/// <summary>
/// <c>/ogc/api</c>: the API definition as OpenAPI 3.0 JSON (<c>service-desc</c>) or, for
/// <c>f=html</c> and browsers, as a readable page rendered from the very same document
/// (<c>service-doc</c>): every path with its parameters, their types, allowed values and examples.
/// </summary>
static class OgcApiPage
{
    public const string OpenApiType = "application/vnd.oai.openapi+json;version=3.0";

    /// <summary>The <c>f</c> parameter of <c>/api</c>: JSON and HTML are answered here, whatever other pages offer.</summary>
    public static JsonObject Format()
    {
        var f = OgcOpenApiParameters.Format("json");
        f["schema"]!["enum"] = new JsonArray("json", "html");
        return f;
    }

    /// <summary>The 200 answer of <c>/api</c>: the document, or its page.</summary>
    public static JsonObject Ok(JsonObject ok)
    {
        ok["content"]!["text/html"] = new JsonObject { ["schema"] = OgcOpenApiSchemas.Str() };
        return ok;
    }

    public static async Task Serve(HttpContext http)
    {
        var f = http.Request.Query["f"].ToString();
        if (f is not ("" or "json" or "html"))
        {
            await HttpErrors.WriteAsync(http, StatusCodes.Status400BadRequest, OgcJson.InvalidParameterValue,
                $"不支持的格式 f={f}：API 定义可用 f=json（OpenAPI 3.0）或 f=html（网页）。Unsupported format f={f}: use f=json or f=html.");
            return;
        }
        var document = OgcApiDefinition.Build(OgcLinks.Root(http));
        if (OgcHtml.Wanted(http))
        {
            await Page(http, document).WriteAsync("OpenAPI 3.0 JSON");
            return;
        }
        http.Response.ContentType = OpenApiType;
        await http.Response.WriteAsync(document.ToJsonString(new JsonSerializerOptions { Encoder = JsonEncoding.Readable }), http.RequestAborted);
    }

    // Every path with its parameters: name, where, type and allowed values, description and example.
    static HtmlPage Page(HttpContext http, JsonObject doc)
    {
        var page = new HtmlPage(http, "API 定义 API definition").Trail((null, "API 定义")).Paragraph(Text(doc["info"]!["description"]));
        foreach (var (path, item) in doc["paths"]!.AsObject())
        {
            var get = item!["get"]!;
            page.Add($"<h2>GET <span class=\"code\">{HtmlPage.Esc(path)}</span></h2>")
                .Paragraph($"{Text(get["summary"])}：{Text(get["description"])}")
                .Table(["参数 parameter", "位置 in", "类型与取值 schema", "说明 description"],
                       get["parameters"]!.AsArray().Select(p => Row(doc, p!)));
        }
        return page;
    }

    static IReadOnlyList<string> Row(JsonObject doc, JsonNode p)
    {
        var parameter = p["$ref"] is { } r ? doc["components"]!["parameters"]![r.GetValue<string>().Split('/')[^1]]! : p;
        var example = parameter["example"] ?? parameter["examples"]?.AsObject().First().Value!["value"];
        return
        [
            $"<span class=\"code\">{HtmlPage.Esc(Text(parameter["name"]))}</span>{(parameter["required"]?.GetValue<bool>() == true ? " *" : "")}",
            HtmlPage.Esc(Text(parameter["in"])),
            HtmlPage.Esc(Describe(parameter["schema"])),
            HtmlPage.Esc(Text(parameter["description"])) +
                (example is null ? "" : $"<br>例 example: <span class=\"code\">{HtmlPage.Esc(example is JsonArray a ? string.Join(',', a) : Text(example))}</span>"),
        ];
    }

    static string Describe(JsonNode? schema)
    {
        if (schema is null)
            return "";
        var type = schema["type"]?.GetValue<string>() ?? "";
        if (type == "array")
            type = $"array of {Describe(schema["items"])}";
        if (schema["format"] is { } format)
            type += $" ({format.GetValue<string>()})";
        return schema["enum"] is JsonArray values ? $"{type}: {string.Join(" | ", values.Select(v => v!.ToString()))}" : type;
    }

    static string Text(JsonNode? node) => node?.ToString() ?? "";
}
