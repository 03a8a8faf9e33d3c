using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Types;

/// <summary>Runs a list field: one page now, the count only if <c>totalCount</c> is selected.</summary>
static class Lists
{
    public static async Task<object?> PageAsync<T>(ResolveContext ctx, ListSource<T> source, SqlWhere where, string sort,
                                                   NetTopologySuite.Geometries.Point? from, bool descending = false)
    {
        var first = ctx.Int("first", 50);
        if (first is < 0 or > PageRequest.MaxFirst)
            throw new GraphQLError($"first must be between 0 and {PageRequest.MaxFirst}; got {first}.");
        var lists = ctx.Get<ListQuery>();
        where.InTownships(await ctx.ReadableAsync());
        try
        {
            var page = await lists.PageAsync(source, new ListRequest(where, sort, descending, from, new PageRequest(first, ctx.Text("after"))), ctx.CancellationToken);
            return new ConnectionValue<T>(page, ct => lists.CountAsync(source, where, ct));
        }
        catch (CursorException e)
        {
            throw new GraphQLError(e.Message);
        }
    }
}
