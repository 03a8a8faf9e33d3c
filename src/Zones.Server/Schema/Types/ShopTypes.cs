using Npgsql;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.Ownership;
using Zones.Server.Data.Query;
using Zones.Server.Data.Shops;

namespace Zones.Server.Schema.Types;

/// <summary>
/// 门店 and 门前三包 (issue #13 §6): a shop, the stretch of street in front of it it answers for
/// (zones.shop_frontage, migration 0021), its 包联 cadre, and the complaints within that stretch.
/// </summary>
public static class ShopTypes
{
    public static readonly EnumType ShopSort = new("ShopSort", e =>
    {
        e.Description("Sort key; DISTANCE needs where.near and is nearest first (KNN).");
        e.Value("ID", "id");
        e.Value("CODE", "code");
        e.Value("NAME", "name");
        e.Value("DISTANCE", "distance");
    });

    public static readonly ObjectType Shop = new("Shop", t =>
    {
        t.Description("门店: a shop under 门前三包, with the stretch of road it answers for and its 包联 cadre (干部包门店).");
        t.Field("id", "ID!");
        t.Field("code", "String!");
        t.Field("name", "String!");
        t.Field("address", "String");
        t.Field("keeperName", "String").Description("经营者 (店主).");
        t.Field("phone", "String");
        t.Field("townshipCode", "String!");
        t.Field("location", "Geometry!", s => new GeometryValue(Row(s).Geometry));
        t.Field("frontage", "Geometry", s => Row(s).Frontage is { } f ? new GeometryValue(f, LengthM: Row(s).FrontageLengthM) : null)
            .Description("门前三包 stretch along the nearest road (null when no road within 50 m): the shop's frontage width (10 m unless surveyed) centred on the point of the road nearest the shop.");
        t.Field("frontageLengthM", "Float").Description("Geodesic length of the frontage in metres.");
        t.Field("road", "Road", async (s, _, ctx) => Row(s).RoadId is { } r ? await Loaders.Roads(ctx).LoadAsync(r) : null)
            .Description("The road segment the frontage lies on.");
        t.Field("owners", "[Assignment!]!", async (s, _, ctx) => await Loaders.ActiveOwners(ctx, TargetKind.Shop).LoadAsync(Row(s).Id))
            .Description("包联 in force now (干部包门店), primary first.");
        t.Field("responsibleOwner", "Assignment", async (s, _, ctx) => (await Loaders.ResponsibleOwners(ctx, TargetKind.Shop).LoadAsync(Row(s).Id))?.Assignment)
            .Description("Who answers for the shop now: its primary 包联, else the owner of the zone it lies in (属地兜底).");
        t.Field("complaints", "[Complaint!]!", async (s, _, ctx) => await ComplaintsAsync(ctx, Row(s).Id))
            .Argument("open", "Boolean", description: "true: not closed or voided; false: closed or voided; omitted: all.")
            .Description("Complaints within 15 m of the frontage or of the shop (zones.within_shop_frontage), newest first.");
        t.Field("retiredAt", "DateTime");
    });

    public static IEnumerable<NamedType> All => [ShopSort, Shop, Connections.EdgeOf("Shop", true), Connections.Of("Shop")];

    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("shop", "Shop", async (_, _, ctx) => await OneAsync(ctx))
            .Argument("id", "ID!").Description("One shop by id (retired ones too); null when there is none you may see.");
        t.Field("shops", "ShopConnection!", async (_, _, ctx) => await ShopsAsync(ctx))
            .Argument("townshipCode", "String").Argument("zoneId", "ID", description: "Shops inside this zone (its current boundary).")
            .Argument("where", "SpatialFilter")
            .Argument("withoutOwner", "Boolean", false, "Only shops with no 包联 in force (nobody assigned to the shop itself).")
            .Argument("orderBy", "ShopSort", "id").Argument("descending", "Boolean", false)
            .Argument("first", "Int", 50).Argument("after", "String")
            .Description("Live shops you may see, with their 门前三包 stretch.");
    }

    static async Task<object?> OneAsync(ResolveContext ctx)
    {
        if (ctx.Id("id") is not { } id)
            return null;
        var rows = await ctx.Get<ListQuery>().ByIdsAsync(ShopSources.Shops, [id], s => s.Id, ctx.CancellationToken, includeRetired: true,
                                                         townships: await ctx.ReadableAsync());
        return rows.GetValueOrDefault(id);
    }

    static Task<object?> ShopsAsync(ResolveContext ctx)
    {
        var where = new SqlWhere().AddIf(ctx.Text("townshipCode"), "t.township_code = {0}")
            .AddIf(ctx.Id("zoneId"), "EXISTS (SELECT 1 FROM zones.zone z WHERE z.id = {0} AND z.valid_to IS NULL AND ST_Intersects(z.geom, t.geom))");
        if (ctx.Argument<bool>("withoutOwner"))
            where.Add("""
                NOT EXISTS (SELECT 1 FROM zones.assignment a WHERE a.target_kind = 'shop' AND a.target_id = t.id
                              AND a.valid_from <= now() AND (a.valid_to IS NULL OR a.valid_to > now()))
                """);
        var near = SpatialFilterInput.Apply(ctx, where);
        var sort = ctx.Arguments.GetValueOrDefault("orderBy") as string ?? "id";
        if (sort == "distance" && near is null)
            throw new Zones.GraphQL.GraphQLError("orderBy: DISTANCE needs a point to measure from: pass where: {near: {lon, lat}}.");
        return Lists.PageAsync(ctx, ShopSources.Shops, where, sort, near, ctx.Argument<bool>("descending"));
    }

    // Complaint ids for every shop of the level in one statement, then their rows through the complaints loader.
    static async Task<ComplaintRow[]> ComplaintsAsync(ResolveContext ctx, long shopId)
    {
        var open = ctx.Argument<bool?>("open");
        var ids = await ctx.Loader<long, long[]>($"shopComplaints:{open}", async (shops, ct) =>
        {
            var found = await new ShopStore(ctx.Get<NpgsqlDataSource>()).ComplaintIdsAsync(shops.ToList(), open, ct);
            return shops.ToDictionary(s => s, s => found[s].ToArray());
        }).LoadAsync(shopId);
        var rows = await Loaders.Complaints(ctx).LoadManyAsync(ids ?? []);
        return rows.Where(r => r is not null).Select(r => r!).ToArray();
    }

    static ShopRow Row(object? s) => (ShopRow)s!;
}
