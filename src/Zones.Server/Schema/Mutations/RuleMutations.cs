using System.Text.Json.Nodes;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Rules;
using static Zones.Server.Schema.Mutations.MutationKit;

namespace Zones.Server.Schema.Mutations;

/// <summary>
/// Administrators' writes of the rules (issue #11 §7, §8): the working calendar, complaint categories
/// and analysis thresholds. A township's admin changes that township's; the national calendar rows
/// (townshipCode null) only an installation administrator (the database says so, migration 0009).
/// </summary>
static class RuleMutations
{
    static readonly string[] Admins = [Roles.Admin];

    public static void Define(ObjectTypeBuilder t)
    {
        Field(t, "setCalendarDays", "Adds or corrects days of the working calendar (holidays, 调休 working days). townshipCode null: the national rows, installation administrators only.",
            async (input, ctx) => Require(ctx, "修改工作日历", "change the working calendar", Admins) is { } no ? Fail(no)
                : Days(await ctx.Get<CalendarEditor>().SetDaysAsync(ctx.Zones().Actor!, input.Text("townshipCode"),
                    [.. ((IEnumerable<object?>)input["days"]!).Select(d => Map(d)).Select(d => new CalendarDayInput((DateOnly)d["date"]!, d.Bool("isWorkday"), d.Text("note")))],
                    ctx.CancellationToken)));
        Field(t, "removeCalendarDays", "Removes listed days: they follow Monday–Friday again (a township's row removed, the national row applies).",
            async (input, ctx) =>
            {
                if (Require(ctx, "修改工作日历", "change the working calendar", Admins) is { } no)
                    return Result([no], ("removed", 0));
                var payload = await ctx.Get<CalendarEditor>().RemoveDaysAsync(ctx.Zones().Actor!, input.Text("townshipCode"),
                    [.. ((IEnumerable<object?>)input["dates"]!).Cast<DateOnly>()], ctx.CancellationToken);
                return Result(payload.Errors, ("removed", payload.Removed));
            });
        Field(t, "importCalendar", "Sets the days of a calendar CSV (header 日期,上班,说明): all rows or none; each bad row is an error naming it. dryRun checks and writes nothing.",
            async (input, ctx) => Require(ctx, "导入工作日历", "import the working calendar", Admins) is { } no ? Fail(no)
                : Days(await ctx.Get<CalendarEditor>().ImportAsync(ctx.Zones().Actor!, input.Text("townshipCode"), input.Text("content")!,
                    input.Bool("dryRun"), ctx.CancellationToken)));
        Field(t, "setComplaintCategory", "Sets the township's own name and time limit of a category (its override of the shipped one). New cases use it.",
            async (input, ctx) =>
            {
                if (Require(ctx, "修改案件类别", "change complaint categories", Admins) is { } no)
                    return Fail(no);
                var payload = await ctx.Get<CategoryEditor>().SetAsync(ctx.Zones().Actor!, new CategoryInput(input.Text("townshipCode")!,
                    input.Text("kind")!, input.Text("code")!, input.Text("name"), input.Text("groupName"),
                    new TimeLimit((decimal)Convert.ToDouble(input["timeLimit"]), (string)input["timeUnit"]!)), ctx.CancellationToken);
                return Result(payload.Errors, ("category", payload.Category));
            });
        Field(t, "resetComplaintCategory", "Deletes the township's own row of a category: the shipped one applies again.",
            async (input, ctx) =>
            {
                if (Require(ctx, "修改案件类别", "change complaint categories", Admins) is { } no)
                    return Fail(no);
                var payload = await ctx.Get<CategoryEditor>().ResetAsync(ctx.Zones().Actor!, input.Text("townshipCode")!, input.Text("kind")!,
                    input.Text("code")!, ctx.CancellationToken);
                return Result(payload.Errors, ("category", payload.Category));
            });
        Field(t, "updateAnalysisSettings", "Replaces the township's analysis overrides by settings (the whole object, camelCase names), checked first; {} = every default.",
            async (input, ctx) =>
            {
                if (Require(ctx, "修改分析参数", "change analysis settings", Admins) is { } no)
                    return Fail(no);
                var payload = await ctx.Get<SettingsEditor>().UpdateAnalysisAsync(ctx.Zones().Actor!, input.Text("townshipCode")!,
                    input.GetValueOrDefault("settings") as JsonNode, ctx.CancellationToken);
                return Result(payload.Errors, ("settings", payload.Settings));
            });
    }

    static Dictionary<string, object?> Days(CalendarDaysPayload payload) => Result(payload.Errors, ("days", payload.Days));

    public static IEnumerable<NamedType> Types =>
    [
        new InputObjectType("CalendarDayInput", t =>
        {
            t.Field("date", "Date!");
            t.Field("isWorkday", "Boolean!", "false: a holiday; true: a working day (调休上班 on a weekend).");
            t.Field("note", "String", "e.g. 春节, 春节调休上班.");
        }),
        new InputObjectType("SetCalendarDaysInput", t =>
        {
            t.Field("townshipCode", "String", "Null: the national rows (installation administrators only).");
            t.Field("days", "[CalendarDayInput!]!");
        }),
        new InputObjectType("RemoveCalendarDaysInput", t =>
        {
            t.Field("townshipCode", "String", "Null: the national rows (installation administrators only).");
            t.Field("dates", "[Date!]!");
        }),
        new InputObjectType("ImportCalendarInput", t =>
        {
            t.Field("townshipCode", "String", "Null: the national rows (installation administrators only).");
            t.Field("content", "String!", "CSV with the header 日期,上班,说明; dates 2027-01-01 or 2027/1/1; 上班 是/否, 班/休, 1/0, true/false.");
            t.Field("dryRun", "Boolean", "true: check every row and write nothing.", defaultValue: false);
        }),
        new InputObjectType("SetComplaintCategoryInput", t =>
        {
            t.Field("townshipCode", "String!");
            t.Field("kind", "String!", "component or event.");
            t.Field("code", "String!", "4 digits, e.g. 0305.");
            t.Field("name", "String", "Default: the shipped name (required for a code that has none).");
            t.Field("groupName", "String", "Default: the shipped group (required for a code that has none).");
            t.Field("timeLimit", "Float!", "More than 0, at most about a year (365 days, 8760 hours, 250 work days, 2000 work hours).");
            t.Field("timeUnit", "TimeUnit!");
        }),
        new InputObjectType("ResetComplaintCategoryInput", t =>
        {
            t.Field("townshipCode", "String!");
            t.Field("kind", "String!");
            t.Field("code", "String!");
        }),
        new InputObjectType("UpdateAnalysisSettingsInput", t =>
        {
            t.Field("townshipCode", "String!");
            t.Field("settings", "GeoJSON!", "The whole override object (a JSON object, not geometry), e.g. {\"toiletRadiusM\": 500}; {} = every default.");
        }),
        Payload("setCalendarDays", ("days", "[CalendarDay!]!")),
        Payload("removeCalendarDays", ("removed", "Int!")),
        Payload("importCalendar", ("days", "[CalendarDay!]!")),
        Payload("setComplaintCategory", ("category", "ComplaintCategory")),
        Payload("resetComplaintCategory", ("category", "ComplaintCategory")),
        Payload("updateAnalysisSettings", ("settings", "TownshipSettings")),
        ErrorTypes.Union("setCalendarDays"), ErrorTypes.Union("removeCalendarDays"), ErrorTypes.Union("importCalendar"),
        ErrorTypes.Union("setComplaintCategory"), ErrorTypes.Union("resetComplaintCategory"), ErrorTypes.Union("updateAnalysisSettings"),
    ];
}
