using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Complaints;
using static Zones.Server.Schema.Mutations.MutationKit;
using QuerySources = Zones.Server.Data.Query.Sources;

namespace Zones.Server.Schema.Mutations;

/// <summary>并案 writes (issue #14 §3): split a folded report back out (planners, admins) and a township's folding settings (admins).</summary>
static class FoldMutations
{
    public static void Define(ObjectTypeBuilder t)
    {
        Field(t, "splitComplaintReport", "拆分: makes a report folded into a case its own case, routed and timed as if reported at its own time; the case counts one reporter fewer.",
            async (input, ctx) =>
            {
                if (Require(ctx, "拆分反映", "split a report out of a case", Roles.Admin, Roles.Planner) is { } forbidden)
                    return Fail(forbidden);
                var payload = await ctx.Get<ReportSplitter>().SplitAsync(input.RequiredId("reportId"), input.Value<int>("expectedVersion"),
                                                                       ctx.Zones().Actor!, ctx.CancellationToken);
                return await SplitResultAsync(ctx, payload);
            });
        Field(t, "updateComplaintFoldSettings", "Sets the township's 并案 radii, window and switch; fields left out keep the values in force.",
            async (input, ctx) =>
            {
                if (Require(ctx, "修改并案设置", "change the folding settings", Roles.Admin) is { } forbidden)
                    return Fail(forbidden);
                var change = new FoldSettingsChange(input.Value<double>("componentRadiusM"), input.Value<double>("eventRadiusM"),
                                                    input.Value<int>("windowDays"), input.Value<bool>("enabled"), input.Bool("useDefaults"));
                var payload = await ctx.Get<FoldSettingsEditor>().UpdateAsync(ctx.Zones().Actor!, input.Text("townshipCode")!, change, ctx.CancellationToken);
                return Result(payload.Errors, ("settings", payload.Settings));
            });
    }

    // Both cases changed: both go to complaintChanged subscribers.
    static async Task<Dictionary<string, object?>> SplitResultAsync(ResolveContext ctx, SplitPayload payload)
    {
        var made = await RowAsync(ctx, QuerySources.Complaints, payload.Complaint?.Id, c => c.Id);
        var original = await RowAsync(ctx, QuerySources.Complaints, payload.Original?.Id, c => c.Id);
        foreach (var row in new[] { made, original }.OfType<Data.Query.ComplaintRow>())
            ctx.Get<ComplaintFeed>().Publish(row);
        return Result(payload.Errors, ("complaint", made), ("original", original));
    }

    public static IEnumerable<NamedType> Types =>
    [
        new InputObjectType("SplitComplaintReportInput", t =>
        {
            t.Field("reportId", "ID!", "A ComplaintReport.id of Complaint.reports.");
            t.Field("expectedVersion", "Int", "The version of the case you read; a stale one is refused with VersionConflictError.");
        }),
        new InputObjectType("UpdateComplaintFoldSettingsInput", t =>
        {
            t.Field("townshipCode", "String!");
            t.Field("componentRadiusM", "Float", "部件: metres, more than 0 and at most 2000.");
            t.Field("eventRadiusM", "Float", "事件: metres, more than 0 and at most 2000.");
            t.Field("windowDays", "Int", "1 to 90 days.");
            t.Field("enabled", "Boolean");
            t.Field("useDefaults", "Boolean", "true: 恢复默认 — drops the township's own settings (the other fields are ignored).", defaultValue: false);
        }),
        Payload("splitComplaintReport", ("complaint", "Complaint"), ("original", "Complaint")),
        Payload("updateComplaintFoldSettings", ("settings", "ComplaintFoldSettings")),
        ErrorTypes.Union("splitComplaintReport", "OutsideZonesError", "UnknownCategoryError"),
        ErrorTypes.Union("updateComplaintFoldSettings"),
    ];
}
