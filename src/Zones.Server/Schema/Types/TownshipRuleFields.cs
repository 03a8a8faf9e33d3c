using Zones.GraphQL.Types;
using Zones.Server.Data.Rules;

namespace Zones.Server.Schema.Types;

/// <summary>
/// The fields the rules add to <c>Township</c> (contract B): its settings and its calendar coverage.
/// The Township type calls <see cref="Define"/> with how to read a township's code from its value.
/// </summary>
public static class TownshipRuleFields
{
    public static void Define(ObjectTypeBuilder t, Func<object?, string> codeOf)
    {
        t.Field("settings", "TownshipSettings!", async (p, _, ctx) => await ctx.Get<SettingsEditor>().ReadAsync(codeOf(p), ctx.CancellationToken))
            .Description("Analysis thresholds in force and the township's own overrides (updateAnalysisSettings).");
        t.Field("calendarCoverage", "CalendarCoverage!", async (p, _, ctx) => await ctx.Get<CalendarEditor>().CoverageAsync(codeOf(p), ctx.CancellationToken))
            .Description("Whether the working calendar covers the next 60 days; a message says what to import when not.");
        t.Field("foldSettings", "ComplaintFoldSettings!", async (p, _, ctx) =>
                await ctx.Get<Data.Complaints.FoldStore>().SettingsAsync(codeOf(p), ctx.CancellationToken))
            .Description("并案: how close and how recent a report must be to join an open case (updateComplaintFoldSettings).");
    }
}
