using System.Text.Json;
using System.Text.RegularExpressions;
using Zones.Server.Data;

namespace Zones.Server.Http.Ogc.Html;

/// <summary>
/// How a feature's properties read on a page: the Chinese title of each (the queryables' titles,
/// so one list names them), coded values by their Chinese label with the code beside it
/// (<c>损坏 damaged</c>), yes/no in words, empty values as a dash.
/// </summary>
static partial class FeatureProperties
{
    // Properties features carry that are not queryables (objects, masked or derived values).
    static readonly Dictionary<string, string> Titles = new()
    {
        ["attributes"] = "属性 attributes",
        ["reporterName"] = "报告人 reporter",
        ["reporterPhone"] = "报告人电话 reporter phone",
        ["phone"] = "电话 phone",
        ["roadName"] = "门前路段 road",
        ["frontageLengthM"] = "门前三包长度（米） frontage in metres",
        ["frontage"] = "门前三包路段 frontage",
    };

    /// <summary>"状态 status" for <c>status</c>; the name itself when nothing names it.</summary>
    public static string Title(FeatureCollection c, string name) =>
        Queryables.Find(c, name)?.Title ?? Titles.GetValueOrDefault(name) ?? name;

    /// <summary>The value as markup (escaped).</summary>
    public static string Value(FeatureCollection c, string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "<span class=\"en\">—</span>",
        JsonValueKind.True => "是 <span class=\"en\">yes</span>",
        JsonValueKind.False => "否 <span class=\"en\">no</span>",
        JsonValueKind.String when Queryables.Find(c, name)?.Codes is { } codes && codes.Label(value.GetString()!) is var label
                                  && label != value.GetString() =>
            $"{HtmlPage.Esc(label)} <span class=\"en\">{HtmlPage.Esc(value.GetString())}</span>",
        JsonValueKind.String when Timestamp().Match(value.GetString()!) is { Success: true } t =>
            $"<span class=\"nw\">{t.Groups[1].Value} {t.Groups[2].Value}</span> <span class=\"en\">{HtmlPage.Esc(t.Groups[3].Value)}</span>",
        JsonValueKind.String => HtmlPage.Esc(value.GetString()),
        JsonValueKind.Object when value.TryGetProperty("type", out _) && value.TryGetProperty("coordinates", out _) =>
            $"<span class=\"en\">{HtmlPage.Esc(value.GetProperty("type").GetString())}</span>",
        // Kind-specific attributes ({"power_w": 150, …}) as short "key: value" lines, not raw JSON.
        JsonValueKind.Object => string.Join("<br>", value.EnumerateObject().Select(x =>
            $"<span class=\"code\">{HtmlPage.Esc(x.Name)}:</span> {HtmlPage.Esc(x.Value.ValueKind == JsonValueKind.String ? x.Value.GetString() : x.Value.GetRawText())}")),
        JsonValueKind.Array => $"<span class=\"code\">{HtmlPage.Esc(value.GetRawText())}</span>",
        _ => HtmlPage.Esc(value.GetRawText()),
    };

    // 2024-12-04T09:00:00+08:00 → "2024-12-04 09:00:00" and the offset apart; seconds' fractions dropped.
    [GeneratedRegex(@"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d(?::\d\d)?)(?:\.\d+)?(Z|[+-]\d\d:\d\d)$")]
    private static partial Regex Timestamp();

    /// <summary>A name for a feature in titles and hovers: its name, case number, code or identifier, else its id.</summary>
    public static string Label(JsonElement feature)
    {
        var id = feature.TryGetProperty("id", out var i) ? i.GetRawText().Trim('"') : "?";
        if (!feature.TryGetProperty("properties", out var p) || p.ValueKind != JsonValueKind.Object)
            return $"#{id}";
        foreach (var key in (string[])["name", "caseNumber", "code", "identifier"])
            if (p.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } text)
                return $"{text} (#{id})";
        return $"#{id}";
    }
}
