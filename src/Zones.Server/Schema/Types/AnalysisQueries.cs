using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;

namespace Zones.Server.Schema.Types;

/// <summary>
/// The complaint heat map and the evaluation indicators (DOMAIN.md §5.3, §1.6; issue #5): the root fields,
/// and the scope rule every analysis shares (coverage gaps too: what the caller may see).
/// </summary>
public static class AnalysisQueries
{
    public static IEnumerable<NamedType> Types => [.. HeatmapTypes.All, .. IndicatorTypes.All];

    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("complaintHeatmap", "Heatmap!", async (_, _, ctx) => await HeatmapTypes.ResolveAsync(ctx))
            .Argument("input", "HeatmapInput", Default.Of(new Dictionary<string, object?>()))
            .Description("Unresolved complaints on a hexagon or square grid in metres (DOMAIN.md §5.3), computed in PostGIS.");
        IndicatorTypes.Define(t);
    }

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
