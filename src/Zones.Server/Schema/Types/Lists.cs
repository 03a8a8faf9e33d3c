using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Language.Ast;
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
            var request = new ListRequest(where, sort, descending, from, new PageRequest(first, ctx.Text("after")), SelectsTotalCount(ctx));
            var page = await lists.PageAsync(source, request, ctx.CancellationToken);
            return new ConnectionValue<T>(page, ct => page.Total is { } total ? Task.FromResult(total) : lists.CountAsync(source, where, ct));
        }
        catch (CursorException e)
        {
            throw new GraphQLError(e.Message);
        }
    }

    // totalCount of this connection itself (not of a list nested in its nodes), through fragments too.
    static bool SelectsTotalCount(ResolveContext ctx) =>
        ctx.FieldNodes.Any(f => f.SelectionSet is { } set && Selects(ctx, set, []));

    static bool Selects(ResolveContext ctx, SelectionSetNode set, HashSet<string> seen) =>
        set.Selections.Any(s => s switch
        {
            FieldNode field => field.Name.Value == "totalCount",
            InlineFragmentNode inline => Selects(ctx, inline.SelectionSet, seen),
            FragmentSpreadNode spread => seen.Add(spread.Name.Value)
                && ctx.Fragments.TryGetValue(spread.Name.Value, out var fragment) && Selects(ctx, fragment.SelectionSet, seen),
            _ => false,
        });
}
