using Zones.GraphQL.Types;
using Zones.Server.Data.Analysis;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Rules;

namespace Zones.Server.Schema.Types;

/// <summary>The working calendar, complaint categories and township settings as the API shows them (issue #11 §7, §8).</summary>
public static class RuleTypes
{
    public static readonly EnumType TimeUnit = new("TimeUnit", e =>
    {
        e.Description("The unit of a time limit (处置时限).");
        e.Value("WORK_HOURS", TimeUnits.WorkHours, "工作时: hours inside the working periods of working days.");
        e.Value("WORK_DAYS", TimeUnits.WorkDays, "工作日: working days, each worth one day's working time.");
        e.Value("HOURS", TimeUnits.Hours, "自然时: clock hours, nights and holidays included.");
        e.Value("DAYS", TimeUnits.Days, "自然日: calendar days of 24 h.");
    });

    public static readonly ObjectType CalendarDay = new("CalendarDay", t =>
    {
        t.Description("A day of the working calendar that is listed: a holiday (isWorkday false) or a 调休 working day (true).");
        t.Field("date", "Date!");
        t.Field("isWorkday", "Boolean!");
        t.Field("note", "String").Description("e.g. 春节, 春节调休上班.");
        t.Field("townshipCode", "String").Description("Null: a national row (the shipped 国务院办公厅 schedule); else the township's own.");
    });

    public static readonly ObjectType CalendarCoverage = new("CalendarCoverage", t =>
    {
        t.Description("Whether the working calendar knows the holidays of the next 60 days: a year counts as covered when any row, national or the township's, is dated in it.");
        t.Field("coveredUntil", "Date").Description("Last day of the last year covered without a break from this year; null when this year is not.");
        t.Field("coversNext60Days", "Boolean!");
        t.Field("message", "String").Description("What to do, Chinese then English; null when covered.");
    });

    public static readonly ObjectType ComplaintCategory = new("ComplaintCategory", t =>
    {
        t.Description("A complaint category in force in a township, with its time limit: the township's own row over the shipped one.");
        t.Field("kind", "String!").Description("component (部件) or event (事件).");
        t.Field("code", "String!").Description("4 digits: 大类 + 小类.");
        t.Field("name", "String!");
        t.Field("groupName", "String!");
        t.Field("assetKind", "String");
        t.Field("timeLimit", "Float!", c => (double)Cat(c).Limit.Amount);
        t.Field("timeUnit", "TimeUnit!", c => Cat(c).Limit.Unit);
        t.Field("isOverride", "Boolean!", c => Cat(c).TownshipCode is not null).Description("True: the township's own row.");
    });

    public static readonly ObjectType TownshipSettings = new("TownshipSettings", t =>
    {
        t.Description("A township's analysis settings: the values in force and its own override object.");
        t.Field("analysis", "AnalysisSettings!");
        t.Field("analysisOverrides", "GeoJSON", s => ((TownshipSettings)s!).AnalysisOverrides)
            .Description("The township's own values (settings.analysis, camelCase names); null when it uses every default. A JSON object, not geometry.");
    });

    public static readonly ObjectType AnalysisSettingsType = new("AnalysisSettings", t =>
    {
        t.Description("The thresholds the coverage checks and the heat map use (defaults overlaid with the township's own values).");
        foreach (var name in new[] { "toiletRadiusM", "toiletReachMinAreaM2", "binRoadDistanceM", "collectionRadiusM", "lightRoadDistanceM",
                                     "unlitMinLengthM", "defaultPoleHeightM", "lightSpacingFactor", "denseLightSpacingFactor", "lightGapFactor",
                                     "repeatRadiusM", "minAreaM2" })
            t.Field(name, "Float!");
        t.Field("heatmapDefaultDays", "Int!");
        t.Field("repeatHotspotMinimum", "Int!");
        t.Field("binSpacingM", "[RoadClassDistance!]!", s => ((AnalysisSettings)s!).BinSpacingM.OrderBy(b => b.Key).ToList())
            .Description("Longest stretch without a street bin, by road class; meters null = not checked.");
        t.Field("roadOwnerClasses", "[String!]!");
        t.Field("denseLightClasses", "[String!]!");
        t.Field("lightGapEnds", "LightGapEnds!")
            .Description("Whether a segment's end ends a light gap: THROUGH_JUNCTION (default), SEGMENT_END or BETWEEN_LIGHTS (JSON through_junction, segment_end, between_lights).");
    });

    public static readonly EnumType LightGapEndsType = new("LightGapEnds", e =>
    {
        e.Description("Where a dark stretch at a road segment's end stops (settings.analysis.lightGapEnds).");
        e.Value("THROUGH_JUNCTION", LightGapEnds.ThroughJunction,
                "Default: continues through the junction to the nearest light on another segment there, judged and reported once; a dead end ends it.");
        e.Value("SEGMENT_END", LightGapEnds.SegmentEnd, "The stretch from a segment's end to its first light is judged alone (issue #11).");
        e.Value("BETWEEN_LIGHTS", LightGapEnds.BetweenLights, "Only stretches between two lights count; ends never do.");
    });

    public static readonly ObjectType RoadClassDistance = new("RoadClassDistance", t =>
    {
        t.Field("roadClass", "String!", p => ((KeyValuePair<string, double?>)p!).Key);
        t.Field("meters", "Float", p => ((KeyValuePair<string, double?>)p!).Value);
    });

    public static IEnumerable<NamedType> All =>
        [TimeUnit, CalendarDay, CalendarCoverage, ComplaintCategory, TownshipSettings, AnalysisSettingsType, RoadClassDistance, LightGapEndsType];

    static Data.Complaints.ComplaintCategory Cat(object? c) => (Data.Complaints.ComplaintCategory)c!;
}
