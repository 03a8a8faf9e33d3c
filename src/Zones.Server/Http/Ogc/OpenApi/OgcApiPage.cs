using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

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
        if (f == "html" || (f == "" && PrefersHtml(http.Request)))
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(Html(document), http.RequestAborted);
            return;
        }
        http.Response.ContentType = OpenApiType;
        await http.Response.WriteAsync(document.ToJsonString(new JsonSerializerOptions { Encoder = JsonEncoding.Readable }), http.RequestAborted);
    }

    // Browsers put text/html first; GDAL, QGIS and curl ask for JSON or anything.
    static bool PrefersHtml(HttpRequest request) =>
        request.Headers.Accept.ToString().Split(',')[0].Trim().StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    static string Html(JsonObject doc)
    {
        var info = doc["info"]!;
        var page = new StringBuilder();
        page.Append($$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>API 定义 – {{E(info["title"])}}</title>
            <style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:1rem auto;max-width:64rem;padding:0 1rem;color:#1f2937}
            h2{font-size:1.05rem;margin:1.6rem 0 .3rem;word-break:break-all} code{background:#f3f4f6;padding:0 .2rem}
            table{border-collapse:collapse;width:100%;font-size:.9rem} td,th{border:1px solid #d1d5db;padding:.3rem;text-align:left;vertical-align:top}
            .wrap{overflow-x:auto}</style></head><body>
            <h1>API 定义 API definition</h1><p>{{E(info["description"])}}</p>
            <p><a href="?f=json">OpenAPI 3.0 JSON</a> · <a href="{{E(doc["servers"]![0]!["url"])}}">入口页 landing page</a></p>
            """);
        foreach (var (path, item) in doc["paths"]!.AsObject())
            Operation(page, doc, path, item!["get"]!);
        page.Append("</body></html>");
        return page.ToString();
    }

    static void Operation(StringBuilder page, JsonObject doc, string path, JsonNode get)
    {
        page.Append($"<h2>GET <code>{E(path)}</code></h2><p><b>{E(get["summary"])}</b> {E(get["description"])}</p>");
        page.Append("<div class=\"wrap\"><table><tr><th>参数 parameter</th><th>位置 in</th><th>类型与取值 schema</th><th>说明 description</th></tr>");
        foreach (var p in get["parameters"]!.AsArray())
        {
            var parameter = p!["$ref"] is { } r ? doc["components"]!["parameters"]![r.GetValue<string>().Split('/')[^1]]! : p;
            page.Append($"<tr><td><code>{E(parameter["name"])}</code>{(parameter["required"]?.GetValue<bool>() == true ? " *" : "")}</td>" +
                        $"<td>{E(parameter["in"])}</td><td>{E(Describe(parameter["schema"]))}</td><td>{E(parameter["description"])}" +
                        $"{(parameter["example"] is { } ex ? $"<br>例 example: <code>{E(ex.ToJsonString(new JsonSerializerOptions { Encoder = JsonEncoding.Readable }))}</code>" : "")}</td></tr>");
        }
        page.Append("</table></div>");
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

    static string E(JsonNode? node) => WebUtility.HtmlEncode(node?.ToString() ?? "");
}
