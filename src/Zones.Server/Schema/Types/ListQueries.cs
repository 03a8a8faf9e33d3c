using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.Ownership;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Types;

/// <summary>
/// Query fields listing assets, roads and complaints: a spatial filter, attribute filters, a sort
/// (distance uses the KNN index and fills distanceM) and cursor paging.
/// </summary>
public static class ListQueries
{
    public static readonly EnumType AssetSort = Sorts("AssetSort", "ID", "IDENTIFIER", "INSTALL_DATE", "STATUS_SINCE", "DISTANCE");
    public static readonly EnumType RoadSort = Sorts("RoadSort", "ID", "CODE", "NAME", "LENGTH", "DISTANCE");
    public static readonly EnumType ComplaintSort = Sorts("ComplaintSort", "ID", "REPORTED_AT", "DEADLINE", "DISTANCE");

    public static IEnumerable<NamedType> Types => [SpatialFilterInput.Type, AssetSort, RoadSort, ComplaintSort];

    public static void Define(ObjectTypeBuilder t)
    {
        Paged(t.Field("assets", "AssetConnection!", async (_, _, ctx) => await AssetsAsync(ctx))
            .Argument("kind", "[AssetKind!]").Argument("status", "[AssetStatus!]").Argument("maintainerId", "ID")
            .Argument("withoutMaintainer", "Boolean", false, "Only assets with no 管护单位."), "AssetSort");
        Paged(t.Field("roads", "RoadConnection!", async (_, _, ctx) => await RoadsAsync(ctx))
            .Argument("class", "[RoadClass!]").Argument("name", "String", description: "Exact road name; segments of one road share it."), "RoadSort");
        Paged(t.Field("complaints", "ComplaintConnection!", async (_, _, ctx) => await ComplaintsAsync(ctx))
            .Argument("stage", "[ComplaintStage!]").Argument("source", "[ComplaintSource!]").Argument("category", "[String!]", description: "Category codes, e.g. 0102.")
            .Argument("zoneId", "ID", description: "Complaints routed to this zone.").Argument("reportedFrom", "DateTime").Argument("reportedTo", "DateTime")
            .Argument("open", "Boolean", description: "true: not closed or voided; false: closed or voided.").Argument("overdue", "Boolean")
            .Argument("mine", "Boolean", description: "true: the cases you or your unit answer for now (the cases you may take a step on); " +
                      "none for an account acting for no person or unit. false: all the others."), "ComplaintSort");
    }

    static void Paged(FieldBuilder f, string sort) => f
        .Argument("where", "SpatialFilter").Argument("townshipCode", "String")
        .Argument("orderBy", sort, "id").Argument("descending", "Boolean", false)
        .Argument("first", "Int", 50).Argument("after", "String");

    static EnumType Sorts(string name, params string[] values) => new(name, e =>
    {
        e.Description("Sort key; DISTANCE needs where.near and is nearest first (KNN).");
        foreach (var v in values)
            e.Value(v, v == "ID" ? "id" : ToCamel(v));
    });

    static string ToCamel(string upper)
    {
        var parts = upper.ToLowerInvariant().Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    static Task<object?> AssetsAsync(ResolveContext ctx)
    {
        var where = Common(ctx, out var near)
            .AddIfAny(List(ctx, "kind"), "t.kind = ANY({0})").AddIfAny(List(ctx, "status"), "t.status = ANY({0})")
            .AddIf(ctx.Id("maintainerId"), "t.maintainer_unit_id = {0}");
        if (ctx.Argument<bool>("withoutMaintainer"))
            where.Add("t.maintainer_unit_id IS NULL");
        return Page(ctx, Sources.Assets, where, near);
    }

    static Task<object?> RoadsAsync(ResolveContext ctx) => Page(ctx, Sources.Roads,
        Common(ctx, out var near).AddIfAny(List(ctx, "class"), "t.class = ANY({0})").AddIf(ctx.Text("name"), "t.name = {0}"), near);

    static Task<object?> ComplaintsAsync(ResolveContext ctx)
    {
        var where = Common(ctx, out var near)
            .AddIfAny(List(ctx, "stage"), "t.stage = ANY({0})").AddIfAny(List(ctx, "source"), "t.source = ANY({0})")
            .AddIfAny(List(ctx, "category"), "t.category_code = ANY({0})").AddIf(ctx.Id("zoneId"), "t.zone_id = {0}")
            .AddIf(ctx.Argument<DateTimeOffset?>("reportedFrom")?.ToUniversalTime(), "t.reported_at >= {0}")
            .AddIf(ctx.Argument<DateTimeOffset?>("reportedTo")?.ToUniversalTime(), "t.reported_at <= {0}");
        if (ctx.Argument<bool?>("open") is { } open)
            where.Add(open ? "zones.complaint_is_open(t.stage)" : "NOT zones.complaint_is_open(t.stage)");
        if (ctx.Argument<bool?>("overdue") is { } overdue)
            where.Add(overdue ? "zones.complaint_is_overdue(t.stage, t.deadline, t.disposed_at, now())"
                              : "NOT zones.complaint_is_overdue(t.stage, t.deadline, t.disposed_at, now())");
        if (ctx.Argument<bool?>("mine") is { } mine)
            Mine(where, mine, ctx.Zones().Actor);
        return Page(ctx, Sources.Complaints, where, near);
    }

    // Plain in WHERE for "mine", so the inlined OR becomes a BitmapOr of the responsible person and
    // unit indexes (migration 0023); NULL (an account with neither) then matches nothing.
    static void Mine(SqlWhere where, bool mine, Data.Actor? actor) => where.Add(
        mine ? "zones.complaint_is_mine(t.responsible_person_id, t.responsible_unit_id, {0}, {1})"
             : "zones.complaint_is_mine(t.responsible_person_id, t.responsible_unit_id, {0}, {1}) IS NOT TRUE",
        Data.Sql.P(actor?.PersonId), Data.Sql.P(actor?.UnitId));

    static SqlWhere Common(ResolveContext ctx, out NetTopologySuite.Geometries.Point? near)
    {
        var where = new SqlWhere().AddIf(ctx.Text("townshipCode"), "t.township_code = {0}");
        near = SpatialFilterInput.Apply(ctx, where);
        return where;
    }

    static Task<object?> Page<T>(ResolveContext ctx, ListSource<T> source, SqlWhere where, NetTopologySuite.Geometries.Point? near)
    {
        var sort = ctx.Arguments.GetValueOrDefault("orderBy") as string ?? "id";
        if (sort == "distance" && near is null)
            throw new GraphQLError("orderBy: DISTANCE needs a point to measure from: pass where: {near: {lon, lat}}.");
        return Lists.PageAsync(ctx, source, where, sort, near, ctx.Argument<bool>("descending"));
    }

    static string[]? List(ResolveContext ctx, string name) =>
        ctx.Arguments.GetValueOrDefault(name) is System.Collections.IEnumerable list and not string ? list.Cast<object>().Select(o => o.ToString()!).ToArray() : null;
}
