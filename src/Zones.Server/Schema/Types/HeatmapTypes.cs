using NetTopologySuite.Geometries;
using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.Analysis;

namespace Zones.Server.Schema.Types;

/// <summary>The complaint heat map (DOMAIN.md §5.3): its input, cells, lists and repeat hot spots.</summary>
public static class HeatmapTypes
{
    public static readonly EnumType HeatmapGridType = new("HeatmapGrid", e =>
    {
        e.Description("Cell shape, laid out in metres in the townships' local metric frame (transverse Mercator, central meridian the nearest 0.5°).");
        e.Value("HEXAGON", HeatmapGrid.Hexagon, "正六边形; cellSizeM is the edge length (= circumradius), as ST_HexagonGrid takes it.");
        e.Value("SQUARE", HeatmapGrid.Square, "正方形; cellSizeM is the side.");
    });

    public static readonly EnumType HeatmapWeightType = new("HeatmapWeight", e =>
    {
        e.Description("What one complaint adds to its cell.");
        e.Value("COUNT", HeatmapWeight.Count, "1 per complaint.");
        e.Value("AGE", HeatmapWeight.Age, "1 + days open / the category's time limit in days (work hours ÷ 8, hours ÷ 24).");
        e.Value("OVERDUE", HeatmapWeight.Overdue, "1 + days past the deadline (nothing extra when not overdue, 挂账 or 作废).");
    });

    public static readonly InputObjectType HeatmapInput = new("HeatmapInput", t =>
    {
        t.Description("Which complaints a heat map shows. A complaint belongs to the map when from ≤ reportedAt < to.");
        t.Field("bbox", "BBoxInput", "Only complaints in this lon/lat box; default: everywhere in the townships you may see (or in zoneId).");
        t.Field("zoneId", "ID", "Only complaints routed to this zone or one of its sub-zones.");
        t.Field("cellSizeM", "Float", "Cell size in metres, 20–5000.", defaultValue: 200.0);
        t.Field("grid", "HeatmapGrid", defaultValue: HeatmapGrid.Hexagon);
        t.Field("weight", "HeatmapWeight", defaultValue: HeatmapWeight.Count);
        t.Field("categoryCodes", "[String!]", "4-digit 大类小类 codes, e.g. 0102.");
        t.Field("sources", "[ComplaintSource!]");
        t.Field("stages", "[ComplaintStage!]", "Default: every unresolved stage (not 结案, not 作废; 挂账 included).");
        t.Field("from", "DateTime", "reportedAt ≥ from. Without from, to and allOpen: the last HeatmapDefaultDays (30) days of each township.");
        t.Field("to", "DateTime", "reportedAt < to.");
        t.Field("allOpen", "Boolean", "所有未办结案卷: every open case (zones.complaint_is_open: not 结案, not 作废; 挂账 included) whenever reported, " +
            "so total equals complaints(open: true) { totalCount } over the same townships and box. Not with from / to, nor with stages CLOSED / VOIDED.", defaultValue: false);
    });

    public static readonly EnumType HeatmapPeriodKindType = new("HeatmapPeriodKind", e =>
    {
        e.Description("Where a heat map's period came from.");
        e.Value("ALL_OPEN", HeatmapPeriodKind.AllOpen, "所有未办结案卷: allOpen, no bound on reportedAt.");
        e.Value("TOWNSHIP_DEFAULT", HeatmapPeriodKind.TownshipDefault, "Neither from, to nor allOpen: each township's HeatmapDefaultDays back from now.");
        e.Value("CHOSEN", HeatmapPeriodKind.Chosen, "The from / to of the input.");
    });

    public static readonly ObjectType HeatmapPeriodType = new("HeatmapPeriod", t =>
    {
        t.Description("Which reports a heat map counts: from ≤ reportedAt < to.");
        t.Field("kind", "HeatmapPeriodKind!", p => Period(p).Kind);
        t.Field("from", "DateTime", p => Period(p).From).Description("Null: no lower bound. Township defaults of different lengths: the earliest start.");
        t.Field("to", "DateTime", p => Period(p).To).Description("Null: up to now.");
        t.Field("description", "String!", p => Period(p).Description).Description("The period in words (zh-CN, dates in Beijing time), e.g. 近30天上报的案卷（2026-11-07 起，默认时段）.");
    });

    public static readonly ObjectType Heatmap = new("Heatmap", t =>
    {
        t.Description("Complaints aggregated on a grid in PostGIS, with the lists a supervisor reads beside it.");
        t.Field("total", "Int!", async (h, _, _) => (await View(h).CellsAsync()).Total).Description("Complaints matching the filters (= the sum of cell counts).");
        t.Field("maxCount", "Int!", async (h, _, _) => (await View(h).CellsAsync()).MaxCount);
        t.Field("maxWeight", "Float!", async (h, _, _) => (await View(h).CellsAsync()).MaxWeight);
        t.Field("cellSizeM", "Float!", h => View(h).Request.CellSizeM);
        t.Field("period", "HeatmapPeriod!", async (h, _, ctx) => await View(h).Service.PeriodAsync(View(h).Request, ctx.CancellationToken))
            .Description("Which reports the map counts (total, cells and lists alike), to show beside it.");
        t.Field("cells", "[HeatmapCell!]!", async (h, _, _) => Cells(await View(h).CellsAsync())).Description("Only non-empty cells, in WGS84.");
        t.Field("oldestOpen", "[Complaint!]!", async (h, _, ctx) => await View(h).Service.OldestOpenAsync(View(h).Request, First(ctx, 10), ctx.CancellationToken))
            .Argument("first", "Int", 10, "1–1000.").Description("Open complaints (not 结案/作废) under the same filters, oldest reported first.");
        t.Field("overdue", "[Complaint!]!", async (h, _, ctx) => await View(h).Service.OverdueAsync(View(h).Request, First(ctx, 50), ctx.CancellationToken))
            .Argument("first", "Int", 50, "1–1000.").Description("Complaints under the same filters whose deadline has passed while open (挂账 left out), most overdue first.");
        t.Field("repeatHotspots", "[RepeatHotspot!]!", async (h, _, ctx) => await AnalysisQueries.RunAsync(() => View(h).Service.RepeatHotspotsAsync(View(h).Request, ctx.CancellationToken)))
            .Description("Places with ≥ RepeatHotspotMinimum (5) complaints within RepeatRadiusM (50 m) of each other, same filters; largest first.");
    });

    public static readonly ObjectType HeatmapCellType = new("HeatmapCell", t =>
    {
        t.Field("count", "Int!", c => Cell(c).Cell.Count);
        t.Field("weight", "Float!", c => Cell(c).Cell.Weight);
        t.Field("intensity", "Float!", c => Cell(c).Intensity).Description("weight / maxWeight, in 0..1.");
        t.Field("geometry", "Geometry!", c => new GeometryValue(Cell(c).Cell.Geometry));
    });

    public static readonly ObjectType RepeatHotspot = new("RepeatHotspot", t =>
    {
        t.Description("重复投诉点位 (成都金牛: 5 次以上扣分): a cluster of complaints close together.");
        t.Field("count", "Int!", s => Spot(s).Count);
        t.Field("geometry", "Geometry!", s => new GeometryValue(Spot(s).Geometry)).Description("The centroid of the complaints.");
        t.Field("categoryCodes", "[String!]!", s => Spot(s).CategoryCodes).Description("Distinct 大类小类 codes among them.");
        t.Field("zone", "Zone", async (s, _, ctx) => Spot(s).ZoneId is { } id ? await Loaders.Zones(ctx).LoadAsync(id) : null)
            .Description("The zone most of them were routed to.");
    });

    public static IEnumerable<NamedType> All => [HeatmapGridType, HeatmapWeightType, HeatmapInput, HeatmapPeriodKindType, HeatmapPeriodType, Heatmap, HeatmapCellType, RepeatHotspot];

    /// <summary>Resolves <c>complaintHeatmap(input)</c>: reads the input, checks what the caller may see, defers the SQL to the fields asked.</summary>
    public static async Task<object?> ResolveAsync(ResolveContext ctx)
    {
        var input = ctx.Arguments.GetValueOrDefault("input") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        var zoneId = input.GetValueOrDefault("zoneId");
        var categories = Strings(input, "categoryCodes");
        if (categories?.FirstOrDefault(c => c.Length != 4 || !c.All(char.IsAsciiDigit)) is { } bad)
            throw new GraphQLError($"categoryCodes 应为 4 位大类小类代码（如 0102），收到 \"{bad}\"。Category codes are 4 digits.");
        var request = new HeatmapRequest
        {
            TownshipCodes = await AnalysisQueries.TownshipsAsync(ctx, zoneId, null),
            ZoneId = Resolvers.Id("zoneId", zoneId),
            Box = input.GetValueOrDefault("bbox") is IReadOnlyDictionary<string, object?> b
                ? new Envelope(Convert.ToDouble(b["minLon"]), Convert.ToDouble(b["maxLon"]), Convert.ToDouble(b["minLat"]), Convert.ToDouble(b["maxLat"]))
                : null,
            CellSizeM = input.GetValueOrDefault("cellSizeM") is { } size ? Convert.ToDouble(size) : 200,
            Grid = input.GetValueOrDefault("grid") as HeatmapGrid? ?? HeatmapGrid.Hexagon,
            Weight = input.GetValueOrDefault("weight") as HeatmapWeight? ?? HeatmapWeight.Count,
            CategoryCodes = categories, Sources = Strings(input, "sources"), Stages = Strings(input, "stages"),
            From = input.GetValueOrDefault("from") as DateTimeOffset?, To = input.GetValueOrDefault("to") as DateTimeOffset?,
            AllOpen = input.GetValueOrDefault("allOpen") as bool? ?? false,
        };
        if (request.Problem() is { } problem)
            throw new GraphQLError(problem);
        return new HeatmapView(request, ctx.Get<HeatmapService>(), ctx.CancellationToken);
    }

    static int First(ResolveContext ctx, int fallback)
    {
        var first = ctx.Int("first", fallback);
        return first is >= 1 and <= 1000 ? first : throw new GraphQLError($"first 应在 1 到 1000 之间，收到 {first}。first must be between 1 and 1000.");
    }

    static IReadOnlyList<string>? Strings(IReadOnlyDictionary<string, object?> input, string key) =>
        (input.GetValueOrDefault(key) as IEnumerable<object?>)?.Select(o => o!.ToString()!).ToList();

    static IReadOnlyList<CellView> Cells(HeatmapCells cells) => [.. cells.Cells.Select(c => new CellView(c, cells.Intensity(c)))];

    static HeatmapView View(object? h) => (HeatmapView)h!;

    static CellView Cell(object? c) => (CellView)c!;

    static HeatmapHotspot Spot(object? s) => (HeatmapHotspot)s!;

    static HeatmapPeriod Period(object? p) => (HeatmapPeriod)p!;

    /// <summary>The heat map being resolved: the cells run once, on the first field that needs them.</summary>
    sealed class HeatmapView(HeatmapRequest request, HeatmapService service, CancellationToken ct)
    {
        readonly Lazy<Task<HeatmapCells>> _cells = new(() => AnalysisQueries.RunAsync(() => service.CellsAsync(request, ct)));

        public HeatmapRequest Request => request;

        public HeatmapService Service => service;

        public Task<HeatmapCells> CellsAsync() => _cells.Value;
    }

    sealed record CellView(HeatmapCell Cell, double Intensity);
}
