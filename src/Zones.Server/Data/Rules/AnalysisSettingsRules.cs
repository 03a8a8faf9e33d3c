using System.Text.Json;
using System.Text.Json.Nodes;
using Zones.Server.Data.Analysis;

namespace Zones.Server.Data.Rules;

/// <summary>
/// Checks a township's analysis override object (<c>settings.analysis</c>) as a whole before it is
/// stored: only the names of <see cref="AnalysisSettings"/> (camelCase), each a number in a range
/// that makes sense on the ground (a radius of 1–5,000 m …), class lists of known road classes.
/// A stored object that passes here always reads back through <see cref="AnalysisSettings.FromJson"/>.
/// </summary>
public static class AnalysisSettingsRules
{
    /// <summary>The road classes of <c>zones.road.class</c>.</summary>
    public static readonly string[] RoadClasses = ["arterial", "secondary", "branch", "village", "highway"];

    // Name → (least, most, integer?). Distances in metres, areas in m², factors × pole height.
    static readonly Dictionary<string, (double Min, double Max, bool Whole)> Numbers = new()
    {
        ["minAreaM2"] = (0, 10_000, false),
        ["toiletRadiusM"] = (1, 5000, false),
        ["toiletReachMinAreaM2"] = (0, 1_000_000, false),
        ["binRoadDistanceM"] = (1, 500, false),
        ["collectionRadiusM"] = (1, 5000, false),
        ["lightRoadDistanceM"] = (1, 500, false),
        ["unlitMinLengthM"] = (0, 5000, false),
        ["defaultPoleHeightM"] = (2, 30, false),
        ["lightSpacingFactor"] = (1, 10, false),
        ["denseLightSpacingFactor"] = (1, 10, false),
        ["lightGapFactor"] = (1, 10, false),
        ["heatmapDefaultDays"] = (1, 366, true),
        ["repeatHotspotMinimum"] = (2, 1000, true),
        ["repeatRadiusM"] = (1, 5000, false),
    };

    static readonly string[] ClassLists = ["roadOwnerClasses", "denseLightClasses"];
    const string BinSpacing = "binSpacingM";

    // Name → the values a choice may take (JSON strings, as stored).
    static readonly Dictionary<string, string[]> Choices = new()
    {
        ["lightGapEnds"] = ["through_junction", "segment_end", "between_lights"],
    };

    /// <summary>Every name an override may use.</summary>
    public static IEnumerable<string> Names => Numbers.Keys.Concat(ClassLists).Append(BinSpacing).Concat(Choices.Keys);

    /// <summary>The problems of <paramref name="settings"/> (empty when it may be stored), each naming its key.</summary>
    public static List<InvalidInputError> Check(JsonNode? settings)
    {
        if (settings is not JsonObject obj)
            return [Error("settings", "分析参数必须是一个对象，如 {\"toiletRadiusM\": 500}；{} 表示全部用默认值",
                          "settings must be an object such as {\"toiletRadiusM\": 500}; {} means every default")];
        var errors = new List<InvalidInputError>();
        foreach (var (key, value) in obj)
            if (Problem(key, value) is { } e)
                errors.Add(e);
        return errors;
    }

    static InvalidInputError? Problem(string key, JsonNode? value)
    {
        if (Numbers.TryGetValue(key, out var range))
            return value is JsonValue v && v.TryGetValue<double>(out var n) && n >= range.Min && n <= range.Max && (!range.Whole || n == Math.Floor(n))
                ? null
                : Error(key, $"“{key}”必须是 {range.Min}–{range.Max} 之间的{(range.Whole ? "整数" : "数")}，现在是 {Text(value)}",
                        $"\"{key}\" must be a {(range.Whole ? "whole number" : "number")} from {range.Min} to {range.Max}; it is {Text(value)}");
        if (ClassLists.Contains(key))
            return value is JsonArray a && a.All(c => c is JsonValue cv && cv.TryGetValue<string>(out var s) && RoadClasses.Contains(s))
                ? null
                : Error(key, $"“{key}”必须是道路等级的列表，可用：{string.Join(", ", RoadClasses)}；现在是 {Text(value)}",
                        $"\"{key}\" must be a list of road classes ({string.Join(", ", RoadClasses)}); it is {Text(value)}");
        if (Choices.TryGetValue(key, out var allowed))
            return value is JsonValue cv && cv.TryGetValue<string>(out var choice) && allowed.Contains(choice)
                ? null
                : Error(key, $"“{key}”必须是以下之一：{string.Join("、", allowed)}；现在是 {Text(value)}",
                        $"\"{key}\" must be one of {string.Join(", ", allowed)}; it is {Text(value)}");
        if (key == BinSpacing)
            return value is JsonObject o && o.All(p => RoadClasses.Contains(p.Key)
                       && (p.Value is null || (p.Value is JsonValue pv && pv.TryGetValue<double>(out var m) && m is >= 10 and <= 5000)))
                ? null
                : Error(key, $"“{key}”必须是按道路等级给出的间距（10–5000 米，null 表示不检查），如 {{\"arterial\": 100}}；道路等级可用：{string.Join(", ", RoadClasses)}",
                        $"\"{key}\" must map road classes ({string.Join(", ", RoadClasses)}) to a spacing of 10-5000 m or null (not checked), e.g. {{\"arterial\": 100}}");
        return Error(key, $"没有名为“{key}”的分析参数。可用的参数：{string.Join(", ", Names)}",
                     $"There is no analysis setting \"{key}\". Valid names: {string.Join(", ", Names)}");
    }

    static string Text(JsonNode? value) => value?.ToJsonString() ?? "null";

    static InvalidInputError Error(string key, string zh, string en) =>
        new($"{zh}。{en}.", key == "settings" ? "settings" : $"settings.{key}");
}
