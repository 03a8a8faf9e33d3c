using Zones.Server.Data;
using NetTopologySuite.Geometries;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.Query;
using Zones.Server.Spatial;

namespace Zones.Server.Schema.Types;

/// <summary>Query fields over zones: by id or code, lists with filters, and the zones at a point.</summary>
public static class ZoneQueries
{
    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("zone", "Zone", async (_, args, ctx) => await ZoneAsync(ctx))
            .Argument("id", "ID").Argument("code", "String")
            .Description("One zone by id or by code (current version).");
        t.Field("zones", "ZoneConnection!", async (_, _, ctx) => await ListAsync(ctx))
            .Argument("level", "ZoneLevel").Argument("parentId", "ID").Argument("townshipCode", "String")
            .Argument("where", "SpatialFilter").Argument("first", "Int", 50).Argument("after", "String")
            .Description("Zones, ordered by code; filter by level, parent, township or place.");
        t.Field("zonesAt", "[Zone!]!", async (_, args, ctx) => await ctx.Get<ZoneStore>().AtPointAsync(
                InputGeometry.Point(args["point"], args.GetValueOrDefault("crs") as string), await ctx.ReadableAsync(), ctx.CancellationToken))
            .Argument("point", "PointInput!").Argument("crs", "String", "WGS84")
            .Description("Every zone containing the point, most specific first; each answers responsibleOwner (属地兜底).");
        TimeTypes.DefineQuery(t);
    }

    static async Task<object?> ZoneAsync(ResolveContext ctx)
    {
        if (ctx.Id("id") is { } id)
            return await Loaders.Zones(ctx).LoadAsync(id);
        if (ctx.Text("code") is not { } code)
            throw new Zones.GraphQL.GraphQLError("Pass id or code.");
        var where = new SqlWhere().Add("t.code = {0}", Sql.P(code)).InTownships(await ctx.ReadableAsync());
        var page = await ctx.Get<ListQuery>().PageAsync(Sources.Zones, new ListRequest(where, "code", false, null, new PageRequest(1, null)), ctx.CancellationToken);
        return page.Edges.FirstOrDefault()?.Node;
    }

    static async Task<object?> ListAsync(ResolveContext ctx)
    {
        var where = new SqlWhere()
            .AddIf(ctx.Arguments.GetValueOrDefault("level") as string, "t.level = {0}")
            .AddIf(ctx.Id("parentId"), "t.parent_id = {0}")
            .AddIf(ctx.Text("townshipCode"), "t.township_code = {0}");
        SpatialFilterInput.Apply(ctx, where);
        return await Lists.PageAsync(ctx, Sources.Zones, where, "code", null);
    }
}
