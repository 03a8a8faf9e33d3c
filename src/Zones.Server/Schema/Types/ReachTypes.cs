using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.Analysis;

namespace Zones.Server.Schema.Types;

/// <summary>
/// Walking distance (issue #12): how reach is measured, the notices of checks that could not run or fell back to a
/// straight line, and the service areas (isochrones) of toilets and collection points.
/// </summary>
public static class ReachTypes
{
    public static readonly EnumType ReachMethod = new("ReachMethod", e =>
    {
        e.Description("How a toilet's or collection point's reach is measured.");
        e.Value("NETWORK", ReachMethods.Network, "Walking distance along mapped roads plus the straight walk between road and door (GB 55013-2021).");
        e.Value("STRAIGHT_LINE", ReachMethods.StraightLine, "Straight-line distance: a circle round the asset.");
    });

    public static readonly EnumType ReachKind = new("ReachKind", e =>
    {
        e.Description("Which assets' service areas.");
        e.Value("TOILET", "toilet", "Working public toilets (radius toiletRadiusM).");
        e.Value("COLLECTION_POINT", "collection_point", "Working collection points, garbage rooms and transfer stations (radius collectionRadiusM).");
    });

    public static readonly ObjectType CoverageNotice = new("CoverageNotice", t =>
    {
        t.Description("A coverage check that could not run, or ran with a fallback, and why (never a silent zero).");
        t.Field("kind", "GapKind!", n => Notice(n).Kind);
        t.Field("townshipCode", "String!", n => Notice(n).TownshipCode);
        t.Field("zone", "Zone", async (n, _, ctx) => Notice(n).ZoneId is { } id ? await Loaders.Zones(ctx).LoadAsync(id) : null)
            .Description("The zone concerned; null for the whole township.");
        t.Field("message", "String!", n => Notice(n).Message).Description("In Chinese: what could not be done, why, and how to fix it.");
    });

    public static readonly ObjectType ReachArea = new("ReachArea", t =>
    {
        t.Description("One working asset's service area: the land within its radius, walked or in a straight line.");
        t.Field("asset", "Asset!", async (a, _, ctx) => await Loaders.Assets(ctx).LoadAsync(Area(a).AssetId));
        t.Field("method", "ReachMethod!", a => Area(a).Method)
            .Description("STRAIGHT_LINE also when the asset is farther than networkAccessM from every mapped road.");
        t.Field("radiusM", "Float!", a => Area(a).RadiusM);
        t.Field("geometry", "Geometry!", a => new GeometryValue(Area(a).Geometry));
    });

    public static IEnumerable<NamedType> All => [ReachMethod, ReachKind, CoverageNotice, ReachArea];

    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("coverageNotices", "[CoverageNotice!]!", async (_, _, ctx) => (await CoverageGapTypes.AnalyzeAsync(ctx)).Notices)
            .Argument("zoneId", "ID").Argument("kinds", "[GapKind!]")
            .Description("Checks that could not run or fell back to a straight line, for the same arguments as coverageGaps.")
            .Cost(AnalysisQueries.Cost);
        t.Field("reachAreas", "[ReachArea!]!", async (_, _, ctx) => await AreasAsync(ctx))
            .Argument("townshipCode", "String!").Argument("kind", "ReachKind!")
            .Argument("method", "ReachMethod", description: "Default: the township's reachMethod setting.")
            .Description("Service areas (isochrones) of the township's working toilets or collection points.")
            .Cost(AnalysisQueries.Cost);
    }

    static async Task<IReadOnlyList<Data.Analysis.ReachArea>> AreasAsync(ResolveContext ctx)
    {
        var township = (await AnalysisQueries.TownshipsAsync(ctx, null, (string)ctx.Arguments["townshipCode"]!))[0];
        try
        {
            return await AnalysisQueries.RunAsync(() => ctx.Get<ReachAreaService>().AreasAsync(
                township, (string)ctx.Arguments["kind"]!, ctx.Arguments.GetValueOrDefault("method") as string, ctx.CancellationToken));
        }
        catch (AnalysisSettingsException e)
        {
            throw new GraphQLError(e.Message);
        }
    }

    static Data.Analysis.CoverageNotice Notice(object? n) => (Data.Analysis.CoverageNotice)n!;

    static Data.Analysis.ReachArea Area(object? a) => (Data.Analysis.ReachArea)a!;
}
