using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.Analysis;

namespace Zones.Server.Schema.Types;

/// <summary>
/// The complaint heat map and the evaluation indicators (DOMAIN.md §5.3, §1.6; issue #5): the root fields,
/// and the scope rule every analysis shares (coverage gaps too: what the caller may see).
/// </summary>
public static class AnalysisQueries
{
    public static IEnumerable<NamedType> Types => [.. HeatmapTypes.All, .. IndicatorTypes.All];

    /// <summary>
    /// What one analysis field (coverageGaps, coverageGapSummary, complaintHeatmap, indicators, ranking) weighs in
    /// the request cost limit (Zones:GraphQL:MaxCost, 50 000 by default). An analysis scans every row of a township
    /// or a county and holds one of the few analysis connections for 0.1–3 s, about what a response of 5 000 fields
    /// costs; so a request holds at most nine, and thirty aliases of coverageGaps are refused before any SQL runs.
    /// </summary>
    public const long Cost = 5_000;

    /// <summary>
    /// Zone.indicators: the zones of one list share one statement, so each adds a share of an analysis; a zone list of
    /// a hundred weighs one analysis.
    /// </summary>
    public const long PerZoneCost = Cost / 100;

    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("complaintHeatmap", "Heatmap!", async (_, _, ctx) => await HeatmapTypes.ResolveAsync(ctx))
            .Argument("input", "HeatmapInput", Default.Of(new Dictionary<string, object?>()))
            .Cost(Cost)
            .Description("Unresolved complaints on a hexagon or square grid in metres (DOMAIN.md §5.3), computed in PostGIS.");
        IndicatorTypes.Define(t);
    }

    /// <summary>
    /// Runs an analysis for a resolver: when the analysis lane refuses it (busy, or a statement timed out) the caller
    /// reads why, with the code (<c>ANALYSIS_BUSY</c>, <c>ANALYSIS_TIMEOUT</c>), instead of "Internal server error".
    /// </summary>
    internal static async Task<T> RunAsync<T>(Func<Task<T>> analysis)
    {
        try
        {
            return await analysis();
        }
        catch (AnalysisLaneException e)
        {
            throw Refused(e);
        }
    }

    internal static GraphQLError Refused(AnalysisLaneException e) =>
        new(e.Message, extensions: new Dictionary<string, object?> { ["code"] = e.Code });

    /// <summary>
    /// The townships an analysis covers: the zone's when <paramref name="zoneId"/> is given, else
    /// <paramref name="townshipCode"/>, else every township the caller may see. A zone or township the
    /// caller may not see is reported as not found, never silently dropped.
    /// </summary>
    internal static async Task<IReadOnlyList<string>> TownshipsAsync(ResolveContext ctx, object? zoneId, string? townshipCode)
    {
        if (zoneId is not null)
        {
            if (Resolvers.Id("zoneId", zoneId) is not { } id || await Loaders.Zones(ctx).LoadAsync(id) is not { } zone)
                throw new GraphQLError($"找不到片区 zoneId {zoneId}（或无权查看）。Zone {zoneId} does not exist or is not visible to you.");
            if (townshipCode is not null && townshipCode != zone.TownshipCode)
                throw new GraphQLError($"片区 {zoneId} 属于乡镇 {zone.TownshipCode}，不属于 townshipCode {townshipCode}。Pass one of them.");
            return [zone.TownshipCode];
        }
        if (townshipCode is null)
            return await ctx.ReadableAsync();
        if (!await ctx.Zones().Access.CanReadAsync(townshipCode, ctx.CancellationToken))
            throw new GraphQLError($"找不到乡镇 townshipCode {townshipCode}（或无权查看）。Township {townshipCode} does not exist or is not visible to you.");
        return [townshipCode];
    }
}
