using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Zones.Server.Data.Transfer;
using Zones.Server.Http.Auth;

namespace Zones.Server.Http;

/// <summary>
/// <c>GET /export/{zones|roads|assets|complaints|built_up_areas|units|people|assignments|shops|places}.{csv|geojson|xlsx}?township=…&amp;bbox=…&amp;english=true</c>
/// (and <c>/export/all.xlsx</c>, one sheet per layer):
/// the <see cref="Exporter"/>'s file, streamed as a download. CSV is UTF-8 with a BOM, Chinese
/// headers and labels (codes and our field names with <c>english=true</c>), so Excel opens it;
/// GeoJSON is what QGIS reads. The file holds the townships the caller may read (all of them, or the one
/// named by <c>township</c>: one it may not read is a 404, as a missing one), and reporters as the caller
/// may see them (<c>ReporterPrivacy</c>).
/// </summary>
static class ExportEndpoint
{
    const string CsvType = "text/csv; charset=utf-8";
    const string GeoJsonType = "application/geo+json";
    const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapZonesExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/{target}.{format}", ExportAsync);
        return app;
    }

    static async Task ExportAsync(HttpContext http, string target, string format, Exporter exporter, CancellationToken ct)
    {
        var all = target == "all" && format.Equals("xlsx", StringComparison.OrdinalIgnoreCase);
        if (!all && (TransferTargets.Parse(target) is not { } || !target.All(c => char.IsAsciiLetterLower(c) || c == '_')))
        {
            await HttpErrors.WriteAsync(http, 400, "INVALID_TARGET",
                $"没有“{target}”这种导出对象，可选 zones（片区）、roads（路段）、assets（部件）、complaints（案卷）、built_up_areas（建成区）、" +
                $"units（单位）、people（人员）、assignments（包联）、shops（门店）、places（场所）。" +
                $"There is nothing called '{target}' to export: use zones, roads, assets, complaints, built_up_areas, units, people, " +
                $"assignments, shops or places, e.g. /export/assets.csv (or /export/all.xlsx).");
            return;
        }
        var t = all ? TransferTarget.Zones : TransferTargets.Parse(target)!.Value;
        TransferFormat? f = format.ToLowerInvariant() switch
        {
            "csv" => TransferFormat.Csv, "geojson" => TransferFormat.GeoJson, "xlsx" => TransferFormat.Xlsx, _ => null,
        };
        if (f is not { } fmt)
        {
            await HttpErrors.WriteAsync(http, 400, "INVALID_FORMAT",
                $"不支持“{format}”格式，可选 csv、geojson 或 xlsx。The format '{format}' is not offered: use .csv, .geojson or .xlsx, e.g. /export/{t.Name()}.csv.");
            return;
        }
        var query = http.Request.Query;
        var box = query.TryGetValue("bbox", out var bboxText) ? ParseBox(bboxText.ToString()) : null;
        if (query.ContainsKey("bbox") && box is null)
        {
            await HttpErrors.WriteAsync(http, 400, "INVALID_BBOX",
                $"bbox 参数“{bboxText}”无效：应为 经度最小值,纬度最小值,经度最大值,纬度最大值（WGS84），例如 119.80,31.03,119.81,31.04。" +
                $"The bbox '{bboxText}' is not minLon,minLat,maxLon,maxLat in WGS84 degrees with min ≤ max, e.g. 119.80,31.03,119.81,31.04.");
            return;
        }
        var english = false;
        if (query.TryGetValue("english", out var englishText) && !TryParseBool(englishText.ToString(), out english))
        {
            await HttpErrors.WriteAsync(http, 400, "INVALID_VALUE",
                $"english 参数只能是 true 或 false，而不是“{englishText}”。english must be true or false, not '{englishText}'.");
            return;
        }
        var township = query.TryGetValue("township", out var townshipText) && townshipText.ToString().Trim() is { Length: > 0 } code ? code : null;
        if (township is not null && !await http.Access().CanReadAsync(township, ct))
        {
            await HttpErrors.WriteAsync(http, 404, "TOWNSHIP_NOT_FOUND",
                $"乡镇 {township} 不存在或无权查看（未公开的乡镇请先登录）。There is no township {township} you may read (sign in for townships that are not public).");
            return;
        }

        var extension = fmt switch { TransferFormat.Csv => "csv", TransferFormat.Xlsx => "xlsx", _ => "geojson" };
        var suffix = township is null ? "" : $"-{township}";
        http.Response.ContentType = fmt switch { TransferFormat.Csv => CsvType, TransferFormat.Xlsx => XlsxType, _ => GeoJsonType };
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"{(all ? "all" : t.Name())}{suffix}.{extension}",
            FileNameStar = $"{(all ? "全部图层" : t.Label())}{suffix}.{extension}",
        }.ToString();
        http.Response.Headers.CacheControl = "no-store";
        // The exporter's CSV writer flushes synchronously when its buffer fills; Kestrel refuses
        // synchronous writes unless allowed, so allow them for this response (exports are rare).
        if (http.Features.Get<IHttpBodyControlFeature>() is { } body)
            body.AllowSynchronousIO = true;
        var request = new ExportRequest(t, fmt) { TownshipCode = township, Box = box, English = english, Access = http.Access() };
        if (all)
            await exporter.ExportXlsxAsync(Exporter.Layers.Select(layer => request with { Target = layer }).ToList(), http.Response.Body, ct);
        else
            await exporter.ExportAsync(request, http.Response.Body, ct);
    }

    /// <summary>minLon,minLat,maxLon,maxLat in WGS84 degrees; null when malformed or out of range.</summary>
    static LonLatBox? ParseBox(string text)
    {
        var parts = text.Split(',');
        if (parts.Length != 4)
            return null;
        var v = new double[4];
        for (var i = 0; i < 4; i++)
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) || !double.IsFinite(v[i]))
                return null;
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90 || v[0] > v[2] || v[1] > v[3])
            return null;
        return new LonLatBox(v[0], v[1], v[2], v[3]);
    }

    static bool TryParseBool(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "1" or "yes":
                value = true;
                return true;
            case "false" or "0" or "no" or "":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
