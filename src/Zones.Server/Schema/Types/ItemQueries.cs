using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Types;

/// <summary>One asset, road or complaint by id — what the map's details panel opens after a click or a search.</summary>
public static class ItemQueries
{
    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("asset", "Asset", async (_, _, ctx) => await OneAsync(ctx, Sources.Assets, a => a.Id))
            .Argument("id", "ID!").Description("One asset by id (retired ones too); null when there is none you may see.");
        t.Field("road", "Road", async (_, _, ctx) => await OneAsync(ctx, Sources.Roads, r => r.Id))
            .Argument("id", "ID!").Description("One road segment by id (retired ones too); null when there is none you may see.");
        t.Field("complaint", "Complaint", async (_, _, ctx) => await OneAsync(ctx, Sources.Complaints, c => c.Id))
            .Argument("id", "ID!").Description("One complaint by id; null when there is none you may see.");
    }

    static async Task<T?> OneAsync<T>(ResolveContext ctx, ListSource<T> source, Func<T, long> idOf) where T : class
    {
        if (ctx.Id("id") is not { } id)
            return null;
        var rows = await ctx.Get<ListQuery>().ByIdsAsync(source, [id], idOf, ctx.CancellationToken, includeRetired: true,
                                                         townships: await ctx.ReadableAsync());
        return rows.GetValueOrDefault(id);
    }
}
