using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.Analysis;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Types;

/// <summary>The evaluation indicators (DOMAIN.md §1.6) per township, zone, owner or unit, and the 通报 ranking.</summary>
public static class IndicatorTypes
{
    const string Period = "A complaint belongs to the period by reportedAt (from ≤ reportedAt < to; an open bound is unbounded); its state is read now.";

    public static readonly EnumType IndicatorGroupType = new("IndicatorGroup", e =>
    {
        e.Value("TOWNSHIP", IndicatorGroup.Township, "乡镇");
        e.Value("ZONE", IndicatorGroup.Zone, "片区: the children of zoneId, or each township's 片区; a complaint counts where its zone's subtree is.");
        e.Value("OWNER", IndicatorGroup.Owner, "首问责任人: the first responsible person, else unit, set at intake.");
        e.Value("UNIT", IndicatorGroup.Unit, "责任单位: the responsible unit, else the responsible person's unit.");
    });

    public static readonly EnumType IndicatorNameType = new("IndicatorName", e =>
    {
        e.Value("CLOSE_RATE", IndicatorName.CloseRate, "结案率");
        e.Value("ON_TIME_CLOSE_RATE", IndicatorName.OnTimeCloseRate, "按期结案率");
        e.Value("DISPOSE_RATE", IndicatorName.DisposeRate, "处置率");
        e.Value("ON_TIME_DISPOSE_RATE", IndicatorName.OnTimeDisposeRate, "按期处置率");
        e.Value("REWORK_RATE", IndicatorName.ReworkRate, "返工率 (lower is better)");
        e.Value("OVERDUE_OPEN", IndicatorName.OverdueOpen, "超期未结数 (lower is better)");
    });

    public static readonly ObjectType IndicatorRowType = new("IndicatorRow", t =>
    {
        t.Description("评价指标 of one group. 作废 and 挂账 count only in reported. 应结案 = disposed, or undisposed past the deadline. " +
                      "On time = disposedAt / closedAt ≤ deadline. Rates are percent (0–100, 2 decimals), null when the denominator is 0.");
        t.Field("key", "String!", r => Row(r).Key).Description("Division code, zone id, person:ID / unit:ID, or none:<township>.");
        t.Field("name", "String!", r => Row(r).Name);
        t.Field("townshipCode", "String!", r => Row(r).TownshipCode);
        t.Field("zone", "Zone", async (r, _, ctx) => Row(r).ZoneId is { } id ? await Loaders.Zones(ctx).LoadAsync(id) : null);
        t.Field("unit", "Unit", async (r, _, ctx) => Row(r).UnitId is { } id ? await Loaders.Units(ctx).LoadAsync(id) : null);
        t.Field("person", "Person", async (r, _, ctx) => Row(r).PersonId is { } id ? await Loaders.People(ctx).LoadAsync(id) : null);
        t.Field("reported", "Int!", r => Row(r).Reported).Description("上报数, 作废 included.");
        t.Field("toDispose", "Int!", r => Row(r).ToDispose).Description("应处置数: dispatched or disposed.");
        t.Field("disposed", "Int!", r => Row(r).Disposed).Description("处置数");
        t.Field("disposedOnTime", "Int!", r => Row(r).DisposedOnTime).Description("按期处置数");
        t.Field("toClose", "Int!", r => Row(r).ToClose).Description("应结案数: disposed, or undisposed past the deadline.");
        t.Field("closed", "Int!", r => Row(r).Closed).Description("结案数");
        t.Field("closedOnTime", "Int!", r => Row(r).ClosedOnTime).Description("按期结案数");
        t.Field("reworked", "Int!", r => Row(r).Reworked).Description("返工数: cases sent back at least once.");
        t.Field("extended", "Int!", r => Row(r).Extended).Description("延期数");
        t.Field("overdueOpen", "Int!", r => Row(r).OverdueOpen).Description("超期未结: open (not 结案/作废/挂账) and the deadline passed before the 处置反馈 (or, none yet, before now).");
        t.Field("repeatHotspots", "Int!", r => Row(r).RepeatHotspots).Description("Repeat hot spots formed by the group's complaints.");
        t.Field("closeRate", "Float", r => Row(r).CloseRate).Description("结案率 = closed / toClose");
        t.Field("onTimeCloseRate", "Float", r => Row(r).OnTimeCloseRate).Description("按期结案率 = closedOnTime / toClose");
        t.Field("disposeRate", "Float", r => Row(r).DisposeRate).Description("处置率 = disposed / toDispose");
        t.Field("onTimeDisposeRate", "Float", r => Row(r).OnTimeDisposeRate).Description("按期处置率 = disposedOnTime / toDispose");
        t.Field("reworkRate", "Float", r => Row(r).ReworkRate).Description("返工率 = reworked / toClose");
        t.Field("extensionRate", "Float", r => Row(r).ExtensionRate).Description("延期率 = extended / toDispose");
    });

    public static readonly ObjectType RankedIndicator = new("RankedIndicator", t =>
    {
        t.Field("rank", "Int!", r => ((IndicatorRank)r!).Rank).Description("1 = best; equal figures share a rank (1, 1, 3).");
        t.Field("row", "IndicatorRow!", r => ((IndicatorRank)r!).Row);
    });

    public static IEnumerable<NamedType> All => [IndicatorGroupType, IndicatorNameType, IndicatorRowType, RankedIndicator];

    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("indicators", "[IndicatorRow!]!", async (_, _, ctx) => await AnalysisQueries.RunAsync(async () =>
                await ctx.Get<IndicatorService>().RowsAsync(await RequestAsync(ctx, IndicatorGroup.Zone, true), ctx.CancellationToken, HotspotsAsked(ctx))))
            .Argument("groupBy", "IndicatorGroup", IndicatorGroup.Zone).Argument("from", "DateTime").Argument("to", "DateTime")
            .Argument("zoneId", "ID", description: "Only complaints in this zone's subtree; with ZONE, its children are the rows.")
            .Argument("townshipCode", "String", description: "Only this township; default every township you may see.")
            .Description("评价指标 (DOMAIN.md §1.6). " + Period)
            .Cost(AnalysisQueries.Cost);
        t.Field("ranking", "[RankedIndicator!]!", async (_, _, ctx) => await AnalysisQueries.RunAsync(async () =>
                await ctx.Get<IndicatorService>().RankAsync(await RequestAsync(ctx, IndicatorGroup.Township, false),
                    ctx.Argument<IndicatorName?>("by") ?? IndicatorName.OnTimeCloseRate, ctx.CancellationToken, HotspotsAsked(ctx))))
            .Argument("groupBy", "IndicatorGroup", IndicatorGroup.Township).Argument("by", "IndicatorName", IndicatorName.OnTimeCloseRate)
            .Argument("from", "DateTime").Argument("to", "DateTime")
            .Description("通报: rows best first (lowest first for REWORK_RATE and OVERDUE_OPEN); rows without the figure last. " + Period)
            .Cost(AnalysisQueries.Cost);
    }

    /// <summary>Zone.indicators: the zone's own subtree, batched per request and period into one statement.</summary>
    public static async Task<object?> ZoneIndicatorsAsync(ResolveContext ctx, ZoneRow zone)
    {
        var (from, to) = (ctx.Argument<DateTimeOffset?>("from"), ctx.Argument<DateTimeOffset?>("to"));
        var hotspots = HotspotsAsked(ctx);
        var loader = ctx.Loader<long, IndicatorRow>($"zoneIndicators:{from:O}:{to:O}:{hotspots}", async (ids, ct) =>
        {
            var request = new IndicatorRequest
            {
                TownshipCodes = await ctx.ReadableAsync(), GroupBy = IndicatorGroup.Zone, ZoneIds = [.. ids], From = from, To = to,
            };
            var rows = await ctx.Get<IndicatorService>().RowsAsync(Checked(request), ct, hotspots);
            return rows.Where(r => r.ZoneId is not null).ToDictionary(r => r.ZoneId!.Value);
        });
        return await AnalysisQueries.RunAsync(() => loader.LoadAsync(zone.Id));
    }

    static async Task<IndicatorRequest> RequestAsync(ResolveContext ctx, IndicatorGroup fallback, bool scoped)
    {
        var zoneId = scoped ? ctx.Arguments.GetValueOrDefault("zoneId") : null;
        return Checked(new IndicatorRequest
        {
            TownshipCodes = await AnalysisQueries.TownshipsAsync(ctx, zoneId, scoped ? ctx.Text("townshipCode") : null),
            GroupBy = ctx.Argument<IndicatorGroup?>("groupBy") ?? fallback,
            ZoneId = Resolvers.Id("zoneId", zoneId),
            From = ctx.Argument<DateTimeOffset?>("from"),
            To = ctx.Argument<DateTimeOffset?>("to"),
        });
    }

    // Repeat hot spots cost most of the statement (DBSCAN over every case of the period): only when asked.
    static bool HotspotsAsked(ResolveContext ctx) => ctx.SelectsField("repeatHotspots");

    static IndicatorRequest Checked(IndicatorRequest request) =>
        request.Problem() is { } problem ? throw new GraphQLError(problem) : request;

    static IndicatorRow Row(object? r) => (IndicatorRow)r!;
}
