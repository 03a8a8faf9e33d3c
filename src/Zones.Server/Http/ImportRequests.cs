using System.Globalization;
using Zones.Server.Data.Transfer;

namespace Zones.Server.Http;

/// <summary>
/// The query string of <c>POST /import/{target}</c> as an <see cref="ImportRequest"/>:
/// <c>township</c> (required), <c>dryRun</c>, <c>crs</c>, <c>encoding</c>, <c>layer</c>, <c>format</c>,
/// <c>mapping=field:column,field:column</c>, and <c>mode</c> / <c>snapToleranceM</c> as the contract names them.
/// </summary>
static class ImportRequests
{
    public static ImportRequest? From(TransferTarget target, IQueryCollection q, ReadOnlyMemory<byte> body, out string? error)
    {
        error = null;
        if (Text(q, "township") is not { } township)
        {
            error = "缺少 township 参数（12 位乡镇代码）。Pass township=<12-digit division code>.";
            return null;
        }
        var dryRun = Text(q, "dryRun")?.ToLowerInvariant() is "true" or "1" or "yes";
        TransferFormat? format = null;
        if (Text(q, "format") is { } f && (format = Enum.TryParse<TransferFormat>(f, ignoreCase: true, out var parsed) ? parsed : null) is null)
            error = $"不支持的格式“{f}”，可选 geojson、csv、shapefile、geopackage、xlsx。Unknown format '{f}'.";
        double? snapToleranceM = null;
        if (Text(q, "snapToleranceM") is { } snap)
            if (double.TryParse(snap, NumberStyles.Float, CultureInfo.InvariantCulture, out var metres))
                snapToleranceM = metres;
            else
                error = $"snapToleranceM 应为米数，而不是“{snap}”。snapToleranceM must be a number of metres.";
        if (Mapping(Text(q, "mapping"), ref error) is var mapping && error is not null)
            return null;
        return new ImportRequest(target, township, body)
        {
            Format = format, Crs = Text(q, "crs"), Encoding = Text(q, "encoding"), Layer = Text(q, "layer"),
            Mapping = mapping, DryRun = dryRun, SnapToleranceM = snapToleranceM,
        };
    }

    static Dictionary<string, string>? Mapping(string? text, ref string? error)
    {
        if (text is null)
            return null;
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = pair.IndexOf(':');
            if (colon <= 0 || colon == pair.Length - 1)
            {
                error = $"mapping 中的“{pair}”应写作 字段:列名（如 identifier:设施编号）。Each mapping entry is field:column, not '{pair}'.";
                return null;
            }
            mapping[pair[..colon].Trim()] = pair[(colon + 1)..].Trim();
        }
        return mapping;
    }

    /// <summary>A query parameter, trimmed; null when absent or blank.</summary>
    public static string? Text(IQueryCollection q, string name) => q.TryGetValue(name, out var v) && v.ToString().Trim() is { Length: > 0 } s ? s : null;
}
