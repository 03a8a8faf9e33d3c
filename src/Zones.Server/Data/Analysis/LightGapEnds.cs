using System.Text.Json.Serialization;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// Whether the dark stretch between a road segment's end and its first working light is a 缺灯段 on its
/// own (issue #12 §2; <see cref="AnalysisSettings.LightGapEnds"/>, JSON <c>lightGapEnds</c>). DOMAIN.md
/// §5.2 measures a gap between lights and does not say what a segment's end is; a segment's end is
/// where a file or a planner split a road, not where the light stops, so the default carries the
/// stretch on through the junction.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<LightGapEnds>))]
public enum LightGapEnds
{
    /// <summary>
    /// Default. A dark stretch is measured lamp to lamp along the way one walks: from a segment's last
    /// working light to its end it continues through the end node to the nearest working light on the
    /// other segments meeting there, is judged on the combined length and reported once (geometry both
    /// parts, road the segment with the longer part). So an OSM way split at every side street gives the
    /// same gaps as the unsplit way. A dead end (degree 1), or a node where no other segment has a
    /// light, ends the stretch there and it is judged alone.
    /// </summary>
    [JsonStringEnumMemberName("through_junction")] ThroughJunction,

    /// <summary>The stretch from a segment's end to its first light is judged alone (the rule of issue #11).</summary>
    [JsonStringEnumMemberName("segment_end")] SegmentEnd,

    /// <summary>Only stretches between two lights are judged; a segment's ends never make a gap (无路灯道路 still do).</summary>
    [JsonStringEnumMemberName("between_lights")] BetweenLights,
}
