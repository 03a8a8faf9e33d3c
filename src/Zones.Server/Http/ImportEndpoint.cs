using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Zones.Server.Data;
using Zones.Server.Data.Transfer;
using Zones.Server.Http.Auth;

namespace Zones.Server.Http;

/// <summary>
/// The import wizard's HTTP side (issue #11 §2–3), for files too large or too binary for GraphQL:
/// <c>POST /import/inspect</c> and <c>POST /import/{target}</c> take the raw file as the body (at
/// most 50 MB; larger answers 413) and answer the <see cref="ImportInspection"/> or the
/// <see cref="ImportReport"/> as JSON with the GraphQL field names; <c>GET /import/templates/{target}.xlsx</c>
/// is a template. Importing and inspecting need a planner or admin; the importer refuses a township
/// outside their scope (its report says FORBIDDEN, answered 403).
/// </summary>
static class ImportEndpoint
{
    /// <summary>The largest body the import endpoints read.</summary>
    public const long MaxBodyBytes = 50L << 20;

    const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static readonly string[] Editors = [Roles.Planner, Roles.Admin];

    /// <summary>camelCase fields and enum values as GraphQL spells them (GEOJSON, BUILT_UP_AREAS).</summary>
    static readonly JsonSerializerOptions Json = new(JsonEncoding.Options)
    {
        Converters = { new JsonStringEnumConverter(new GraphQLEnumNames()) },
    };

    public static IEndpointRouteBuilder MapZonesImport(this IEndpointRouteBuilder app)
    {
        app.MapPost("/import/inspect", InspectAsync);
        app.MapPost("/import/{target}", ImportAsync);
        app.MapGet("/import/templates/{file}", TemplateAsync);
        return app;
    }

    static async Task InspectAsync(HttpContext http, ImportInspector inspector, CancellationToken ct)
    {
        if (await RefusedAsync(http) || await BodyAsync(http, ct) is not { } body)
            return;
        var q = http.Request.Query;
        TransferTarget? target = null;
        if (ImportRequests.Text(q, "target") is { } t && (target = TransferTargets.Parse(t)) is null)
        {
            await UnknownTargetAsync(http, t);
            return;
        }
        var township = ImportRequests.Text(q, "township");
        if (township is not null && !await http.Access().CanReadAsync(township, ct))
            township = null;   // only used to tell a Gauss–Krüger zone; a township one may not read tells nothing
        var inspection = await inspector.InspectAsync(new InspectRequest(body, ImportRequests.Text(q, "fileName"), target)
            { Crs = ImportRequests.Text(q, "crs"), Encoding = ImportRequests.Text(q, "encoding"), Layer = ImportRequests.Text(q, "layer"), TownshipCode = township }, ct);
        await http.Response.WriteAsJsonAsync(inspection, Json, ct);
    }

    static async Task ImportAsync(HttpContext http, string target, Importer importer, CancellationToken ct)
    {
        if (TransferTargets.Parse(target) is not { } t)
        {
            await UnknownTargetAsync(http, target);
            return;
        }
        if (await RefusedAsync(http) || await BodyAsync(http, ct) is not { } body)
            return;
        if (ImportRequests.From(t, http.Request.Query, body, out var error) is not { } request)
        {
            await HttpErrors.WriteAsync(http, 400, "INVALID_VALUE", error!);
            return;
        }
        var report = await importer.ImportAsync(request, http.User.ToActor()!, ct);
        if (report.Problems.FirstOrDefault(p => p.Row is null && p.Code == "FORBIDDEN") is { } refusal)
            http.Response.StatusCode = 403;
        await http.Response.WriteAsJsonAsync(report, Json, ct);
    }

    static async Task TemplateAsync(HttpContext http, string file)
    {
        var name = file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? file[..^5] : null;
        if (name is null || TransferTargets.Parse(name) is not { } target)
        {
            await UnknownTargetAsync(http, file);
            return;
        }
        http.Response.ContentType = XlsxType;
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
            { FileName = $"{target.Name()}-template.xlsx", FileNameStar = $"{target.Label()}导入模板.xlsx" }.ToString();
        await http.Response.Body.WriteAsync(ImportTemplates.Write(target), http.RequestAborted);
    }

    /// <summary>True (after answering 401/403) when the caller may not import.</summary>
    static async Task<bool> RefusedAsync(HttpContext http)
    {
        var actor = http.User.ToActor();
        if (actor is not null && Editors.Contains(actor.Role))
            return false;
        await HttpErrors.WriteAsync(http, actor is null ? 401 : 403, actor is null ? "UNAUTHENTICATED" : "FORBIDDEN",
            actor is null ? "导入需要登录（规划员或管理员）。Sign in to import: it needs the planner or admin role."
                          : $"导入需要规划员或管理员角色，当前账号的角色是 {actor.Role}。Importing needs the planner or admin role; you have {actor.Role}.");
        return true;
    }

    /// <summary>The body (at most <see cref="MaxBodyBytes"/>), or null after answering 413 or 400.</summary>
    static async Task<ReadOnlyMemory<byte>?> BodyAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = MaxBodyBytes;
        var buffer = new MemoryStream();
        try
        {
            if (http.Request.ContentLength > MaxBodyBytes)
                return await TooLargeAsync(http);
            var chunk = new byte[81920];
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, ct)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxBodyBytes)
                    return await TooLargeAsync(http);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return await TooLargeAsync(http);
        }
        if (buffer.Length == 0)
        {
            await HttpErrors.WriteAsync(http, 400, "EMPTY_FILE", "请求体为空：请把文件本身作为请求体发送。The body is empty: send the file itself as the body.");
            return null;
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    static async Task<ReadOnlyMemory<byte>?> TooLargeAsync(HttpContext http)
    {
        await HttpErrors.WriteAsync(http, 413, "FILE_TOO_LARGE",
            $"导入文件超过 {MaxBodyBytes >> 20} MB：请按村或片区拆成几个文件分别导入。The file is larger than {MaxBodyBytes >> 20} MB: split it (by village or area) and import the parts.");
        return null;
    }

    static Task UnknownTargetAsync(HttpContext http, string target) =>
        HttpErrors.WriteAsync(http, 404, "INVALID_TARGET",
            $"没有“{target}”这种导入对象，可选：{string.Join("、", Enum.GetValues<TransferTarget>().Select(t => $"{t.Name()}（{t.Label()}）"))}。" +
            $"There is nothing called '{target}' to import: use one of {string.Join(", ", Enum.GetValues<TransferTarget>().Select(t => t.Name()))}.");

    /// <summary>UPPER_SNAKE as the GraphQL enums spell values; GeoJson and GeoPackage are one word there.</summary>
    sealed class GraphQLEnumNames : JsonNamingPolicy
    {
        public override string ConvertName(string name) => name switch
        {
            "GeoJson" => "GEOJSON",
            "GeoPackage" => "GEOPACKAGE",
            _ => SnakeCaseUpper.ConvertName(name),
        };
    }
}
