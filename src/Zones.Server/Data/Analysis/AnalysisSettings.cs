using System.Text.Json;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// The numbers the coverage checks and the heat map use (DOMAIN.md §5.2, §5.3). Defaults ship here;
/// a township overrides any of them in <c>zones.township.settings -> 'analysis'</c> with the same
/// camelCase names, e.g. <c>{"analysis": {"toiletRadiusM": 500, "binSpacingM": {"village": 300}}}</c>.
/// </summary>
public sealed record AnalysisSettings
{
    public static readonly AnalysisSettings Default = new();

    /// <summary>Topology gaps and overlaps smaller than this are float noise, not findings.</summary>
    public double MinAreaM2 { get; init; } = 1;

    /// <summary>Service radius of a working public toilet (GB 55013-2021 5.0.1: 300 m).</summary>
    public double ToiletRadiusM { get; init; } = 300;

    /// <summary>
    /// Land beyond a toilet's reach smaller than this is left out: slivers between neighbouring
    /// circles and corners of a village, not a place anyone walks 300 m from.
    /// </summary>
    public double ToiletReachMinAreaM2 { get; init; } = 1000;

    /// <summary>Road classes whose segments need a 包联 department; others fall back to their zone (属地).</summary>
    public IReadOnlyList<string> RoadOwnerClasses { get; init; } = ["arterial", "secondary", "highway"];

    /// <summary>
    /// Longest stretch without a working street bin, by road class (GB/T 50337-2018 4.4.2:
    /// 100 m 主街, 200 m 一般道路, 400 m 过境公路). A class missing or null is not checked (村道 rely on collection points).
    /// </summary>
    public IReadOnlyDictionary<string, double?> BinSpacingM { get; init; } = new Dictionary<string, double?>
    {
        ["arterial"] = 100, ["secondary"] = 200, ["branch"] = 200, ["highway"] = 400, ["village"] = null,
    };

    /// <summary>A bin within this distance of a road's centreline serves that road.</summary>
    public double BinRoadDistanceM { get; init; } = 30;

    /// <summary>Every dwelling within this distance of a collection point (GB 55013-2021 3.2.2: 120 m).</summary>
    public double CollectionRadiusM { get; init; } = 120;

    /// <summary>A light within this distance of the centreline lights the segment.</summary>
    public double LightRoadDistanceM { get; init; } = 25;

    /// <summary>Segments at most this long are not reported as 无路灯道路.</summary>
    public double UnlitMinLengthM { get; init; } = 50;

    /// <summary>Pole height H when a light does not record one.</summary>
    public double DefaultPoleHeightM { get; init; } = 8;

    /// <summary>Nominal spacing S = factor × H (CJJ 45 rule of thumb 3–4 H).</summary>
    public double LightSpacingFactor { get; init; } = 3.5;

    /// <summary>Road classes lit at 3 × H (镇区主街) instead of <see cref="LightSpacingFactor"/>.</summary>
    public IReadOnlyList<string> DenseLightClasses { get; init; } = ["arterial"];

    public double DenseLightSpacingFactor { get; init; } = 3;

    /// <summary>A stretch is a 缺灯段 when longer than this many nominal spacings.</summary>
    public double LightGapFactor { get; init; } = 2;

    /// <summary>
    /// Whether a segment's end counts as a light gap's end (<see cref="Analysis.LightGapEnds"/>; JSON
    /// <c>"through_junction"</c> (default), <c>"segment_end"</c> or <c>"between_lights"</c>). Bin spacing
    /// always runs through junctions.
    /// </summary>
    public LightGapEnds LightGapEnds { get; init; } = LightGapEnds.ThroughJunction;

    /// <summary>Heat map: days back when no date range is given (FixMyStreet default: one month).</summary>
    public int HeatmapDefaultDays { get; init; } = 30;

    /// <summary>Repeat hot spot: this many complaints within <see cref="RepeatRadiusM"/> (成都金牛: 5).</summary>
    public int RepeatHotspotMinimum { get; init; } = 5;

    public double RepeatRadiusM { get; init; } = 50;

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    /// <summary>
    /// Defaults overlaid with a township's <c>settings.analysis</c> object (null or absent = defaults).
    /// Bin spacings merge by class, so overriding one class keeps the others.
    /// </summary>
    public static AnalysisSettings FromJson(string? analysisJson)
    {
        if (string.IsNullOrWhiteSpace(analysisJson) || analysisJson == "null")
            return Default;
        AnalysisSettings parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<AnalysisSettings>(analysisJson, Json) ?? Default;
        }
        catch (JsonException e)
        {
            throw new AnalysisSettingsException(
                $"乡镇分析参数 settings.analysis 无法读取：{e.Message}。请按 AnalysisSettings 的字段名（如 toiletRadiusM）填写数字。");
        }
        var bins = new Dictionary<string, double?>(Default.BinSpacingM);
        using (var doc = JsonDocument.Parse(analysisJson))
            if (doc.RootElement.TryGetProperty("binSpacingM", out _))
                foreach (var (cls, spacing) in parsed.BinSpacingM)
                    bins[cls] = spacing;
        return parsed with { BinSpacingM = bins };
    }
}

/// <summary>A township's stored analysis settings cannot be read; the message says which and how to fix.</summary>
public sealed class AnalysisSettingsException(string message) : Exception(message);
