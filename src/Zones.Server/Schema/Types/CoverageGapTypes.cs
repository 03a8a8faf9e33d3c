using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.Analysis;

namespace Zones.Server.Schema.Types;

/// <summary>Coverage gaps (DOMAIN.md §5.2): the gap kinds, one gap with its zone and owner, and the totals per kind.</summary>
public static class CoverageGapTypes
{
    public static readonly EnumType GapKind = new("GapKind", e =>
    {
        e.Description("What is missing. Numbers come from the township's analysis settings (DOMAIN.md §5.2 defaults).");
        foreach (var kind in GapKinds.All)
            e.Value(kind.ToUpperInvariant(), kind, GapKinds.Label(kind));
    });

    public static readonly ObjectType CoverageGap = new("CoverageGap", t =>
    {
        t.Description("One coverage gap: its kind, where it is, how much, the zone it falls in and who answers for that zone.");
        t.Field("kind", "GapKind!", g => Gap(g).Kind);
        t.Field("label", "String!", g => GapKinds.Label(Gap(g).Kind)).Description("The kind in Chinese, e.g. 缺灯段.");
        t.Field("description", "String!", g => Gap(g).Description).Description("One line in Chinese, e.g. \"河埠路 739 米无路灯，需增设 27 盏\".");
        t.Field("townshipCode", "String!", g => Gap(g).TownshipCode);
        t.Field("geometry", "Geometry!", g => new GeometryValue(Gap(g).Geometry, Gap(g).AreaM2, Gap(g).LengthM));
        t.Field("areaM2", "Float", g => Gap(g).AreaM2).Description("Uncovered, overlapping or unowned land, in m².");
        t.Field("lengthM", "Float", g => Gap(g).LengthM).Description("Length of the road stretch, in m.");
        t.Field("count", "Int", g => Gap(g).Count).Description("Households beyond reach, days out of service … (see the kind).");
        t.Field("lightsNeeded", "Int", g => Gap(g).LightsNeeded).Description("Street lights to add to meet the spacing rule.");
        t.Field("binsNeeded", "Int", g => Gap(g).BinsNeeded).Description("Street bins to add to meet the spacing rule.");
        t.Field("method", "ReachMethod", g => Gap(g).Method)
            .Description("Toilet and collection-point reach: the distance the gap was measured with (walking, or straight where roads are too sparse); null for other kinds.");
        t.Field("since", "DateTime", g => Gap(g).Since).Description("Since when, where known (status change, end of the last owner).");
        t.Field("zone", "Zone", async (g, _, ctx) => Gap(g).ZoneId is { } id ? await Loaders.Zones(ctx).LoadAsync(id) : null)
            .Description("The most specific zone the gap falls in.");
        t.Field("relatedZone", "Zone", async (g, _, ctx) => Gap(g).RelatedZoneId is { } id ? await Loaders.Zones(ctx).LoadAsync(id) : null)
            .Description("For overlaps: the other zone.");
        t.Field("owner", "Assignment", async (g, _, ctx) => Gap(g).ZoneId is { } id ? (await Loaders.ResponsibleOwners(ctx).LoadAsync(id))?.Assignment : null)
            .Description("Who answers for the zone the gap falls in (its primary owner, else an ancestor's: 属地兜底).");
        t.Field("road", "Road", async (g, _, ctx) => Gap(g).RoadId is { } id ? await Loaders.Roads(ctx).LoadAsync(id) : null);
        t.Field("asset", "Asset", async (g, _, ctx) => Gap(g).AssetId is { } id ? await Loaders.Assets(ctx).LoadAsync(id) : null);
    });

    public static readonly ObjectType GapSummaryType = new("GapSummary", t =>
    {
        t.Description("Totals of one gap kind, and the sentence a report prints.");
        t.Field("kind", "GapKind!", s => Summary(s).Kind);
        t.Field("label", "String!", s => Summary(s).Label);
        t.Field("gaps", "Int!", s => Summary(s).Gaps);
        t.Field("areaM2", "Float!", s => Summary(s).AreaM2);
        t.Field("lengthM", "Float!", s => Summary(s).LengthM);
        t.Field("count", "Int!", s => Summary(s).Count);
        t.Field("lightsNeeded", "Int!", s => Summary(s).LightsNeeded);
        t.Field("binsNeeded", "Int!", s => Summary(s).BinsNeeded);
        t.Field("sentence", "String!", s => Summary(s).Sentence).Description("e.g. \"无路灯道路 4 处，共 2314 米，需增设路灯 86 盏\".");
    });

    public static IEnumerable<NamedType> All => [GapKind, CoverageGap, GapSummaryType, .. ReachTypes.All];

    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("coverageGaps", "[CoverageGap!]!", async (_, _, ctx) => await FindAsync(ctx))
            .Argument("zoneId", "ID", description: "Only gaps in this zone (and its sub-zones); without it, every township you may see.")
            .Argument("kinds", "[GapKind!]", description: "Only these kinds; default all.")
            .Description("Coverage gaps (DOMAIN.md §5.2), computed in PostGIS now: largest first within each kind.")
            .Cost(AnalysisQueries.Cost);
        t.Field("coverageGapSummary", "[GapSummary!]!", async (_, _, ctx) => GapSummary.Of(await FindAsync(ctx)))
            .Argument("zoneId", "ID").Argument("kinds", "[GapKind!]")
            .Description("Totals per gap kind for the same arguments as coverageGaps.")
            .Cost(AnalysisQueries.Cost);
        ReachTypes.Define(t);
    }

    static async Task<IReadOnlyList<Data.Analysis.CoverageGap>> FindAsync(ResolveContext ctx) => (await AnalyzeAsync(ctx)).Gaps;

    /// <summary>The gaps and notices for the zoneId / kinds arguments, over the townships the caller may see.</summary>
    internal static async Task<CoverageResult> AnalyzeAsync(ResolveContext ctx)
    {
        var townships = await AnalysisQueries.TownshipsAsync(ctx, ctx.Arguments.GetValueOrDefault("zoneId"), null);
        var zoneId = ctx.Id("zoneId");
        var kinds = (ctx.Arguments.GetValueOrDefault("kinds") as IEnumerable<object?>)?.OfType<string>().ToList();
        try
        {
            return await ctx.Get<CoverageGapService>().AnalyzeAsync(townships, zoneId, kinds, ctx.CancellationToken);
        }
        catch (AnalysisSettingsException e)
        {
            throw new GraphQLError(e.Message);
        }
        catch (AnalysisLaneException e)
        {
            throw AnalysisQueries.Refused(e);
        }
    }

    static Data.Analysis.CoverageGap Gap(object? g) => (Data.Analysis.CoverageGap)g!;

    static GapSummary Summary(object? s) => (GapSummary)s!;
}
