using System.Text.Json;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// Reads a GeoJSON FeatureCollection (or a single Feature) into a <see cref="SourceTable"/>: one
/// row per feature, one column per property name (in order of first appearance). Property values
/// become text: strings as they are, numbers as written, objects and arrays as JSON.
/// </summary>
static class GeoJsonSource
{
    public static SourceTable? Read(string text, ImportLog log)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true });
            return Read(document.RootElement, log);
        }
        catch (JsonException e)
        {
            var where = $"{e.LineNumber + 1}:{e.BytePositionInLine + 1}";
            log.RejectFile("INVALID_JSON", $"不是有效的 JSON（第 {e.LineNumber + 1} 行附近）", $"not valid JSON (at line:byte {where})");
            return null;
        }
    }

    static SourceTable? Read(JsonElement root, ImportLog log)
    {
        var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) ? t.ToString() : null;
        if (type == "Feature")
            return Table([root], null, log);
        if (type != "FeatureCollection" || !root.TryGetProperty("features", out var features) ||
            features.ValueKind != JsonValueKind.Array)
        {
            log.RejectFile("NOT_FEATURE_COLLECTION", "不是 GeoJSON 要素集合（需要 \"type\": \"FeatureCollection\" 和 \"features\" 数组）",
                           "not a GeoJSON FeatureCollection (expected \"type\": \"FeatureCollection\" and a \"features\" array)");
            return null;
        }
        if (!FileCrs(root, log, out var crs))
            return null;
        return Table(features.EnumerateArray().ToList(), crs, log);
    }

    static SourceTable Table(List<JsonElement> features, Crs? crs, ImportLog log)
    {
        var columns = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<SourceRow>(features.Count);
        for (var i = 0; i < features.Count; i++)
        {
            if (features[i].ValueKind != JsonValueKind.Object || features[i].TryGetProperty("type", out var t) && t.ToString() != "Feature")
            {
                log.Reject(i, "type", null, "NOT_A_FEATURE", "不是 GeoJSON 要素（Feature）", "not a GeoJSON Feature");
                continue;
            }
            rows.Add(Row(i, features[i], columns, index));
        }
        return new SourceTable(TransferFormat.GeoJson, columns, rows, crs) { Read = features.Count };
    }

    static SourceRow Row(int i, JsonElement feature, List<string> columns, Dictionary<string, int> index)
    {
        var cells = new string?[columns.Count];
        if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            foreach (var p in properties.EnumerateObject())
            {
                if (!index.TryGetValue(p.Name, out var column))
                {
                    index[p.Name] = column = columns.Count;
                    columns.Add(p.Name);
                }
                if (column >= cells.Length)
                    Array.Resize(ref cells, columns.Count);
                cells[column] = Text(p.Value);
            }
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind == JsonValueKind.Null)
            return new SourceRow(i, cells);
        try
        {
            return new SourceRow(i, cells, GeoJson.Read(geometry));
        }
        catch (GeoJsonException e)
        {
            return new SourceRow(i, cells, GeometryError: e.Message);
        }
    }

    static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    /// <summary>The CRS of a legacy (2008) <c>"crs": {"type": "name", "properties": {"name": …}}</c> member, as QGIS writes it.</summary>
    static bool FileCrs(JsonElement root, ImportLog log, out Crs? crs)
    {
        crs = null;
        if (!root.TryGetProperty("crs", out var member) || member.ValueKind == JsonValueKind.Null)
            return true;
        var name = member.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object &&
                   p.TryGetProperty("name", out var n) ? n.ToString() : member.ToString();
        try
        {
            crs = name.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase) ? Crs.Wgs84 : Crs.Parse(name);
            return true;
        }
        catch (CrsException e)
        {
            log.RejectFile("UNKNOWN_CRS", $"文件的 \"crs\" 成员“{name}”不是支持的坐标系", e.Message);
            return false;
        }
    }
}
