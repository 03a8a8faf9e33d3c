using Zones.Server.Data;
using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.Ownership;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Types;

/// <summary>Query fields over people, units and 包联 assignments (now, at a date, and their history).</summary>
public static class DirectoryQueries
{
    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("people", "[Person!]!", async (_, _, ctx) =>
                await AllAsync(ctx, ctx.Argument<bool>("includeRetired") ? Sources.PeopleWithRetired : Sources.People, "t.unit_id = {0}", "unitId"))
            .Argument("townshipCode", "String").Argument("unitId", "ID")
            .Argument("includeRetired", "Boolean", false, "true: retired people too (retiredAt set).");
        t.Field("units", "[Unit!]!", async (_, _, ctx) =>
                await AllAsync(ctx, ctx.Argument<bool>("includeRetired") ? Sources.UnitsWithRetired : Sources.Units, "t.kind = {0}", "kind"))
            .Argument("townshipCode", "String").Argument("kind", "String")
            .Argument("includeRetired", "Boolean", false, "true: retired units too (retiredAt set).");
        AssignmentTableQuery.Define(t);
        t.Field("assignments", "[Assignment!]!", async (_, _, ctx) => await AssignmentsAsync(ctx))
            .Argument("targetKind", "AssignmentTargetKind!").Argument("targetId", "ID!")
            .Argument("history", "Boolean", false, "true: every assignment ever, newest first; false: those active at 'at'.")
            .Argument("at", "DateTime", description: "When (default now).");
        t.Field("responsibilities", "[Assignment!]!", async (_, _, ctx) => await ResponsibilitiesAsync(ctx))
            .Argument("personId", "ID").Argument("unitId", "ID").Argument("at", "DateTime", description: "When (default now).")
            .Description("What a person or unit answers for (领导联片, 部门包联路段, 干部包门店 …).");
    }

    static async Task<object?> AllAsync<T>(ResolveContext ctx, ListSource<T> source, string filter, string argument)
    {
        var where = new SqlWhere().AddIf(ctx.Text("townshipCode"), "t.township_code = {0}").InTownships(await ctx.ReadableAsync());
        if (ctx.Arguments.GetValueOrDefault(argument) is { } value)
            where.Add(filter, argument.EndsWith("Id") ? Sql.P(ctx.Id(argument)!.Value) : Sql.P(value.ToString()!));
        var page = await ctx.Get<ListQuery>().PageAsync(source, new ListRequest(where, "name", false, null, new PageRequest(PageRequest.MaxFirst, null)), ctx.CancellationToken);
        return page.Edges.Select(e => e.Node).ToList();
    }

    // Assignments carry their target's township: a target the caller may not read has none to show.
    static async Task<object?> AssignmentsAsync(ResolveContext ctx)
    {
        var target = new TargetRef(ctx.Argument<TargetKind>("targetKind"), ctx.Id("targetId") ?? -1);
        var ownership = ctx.Get<OwnershipService>();
        IEnumerable<AssignmentRecord> rows = ctx.Argument<bool>("history")
            ? await ownership.HistoryAsync(target, ctx.CancellationToken)
            : (await ownership.ActiveOwnersAsync(target.Kind, [target.Id], ctx.Argument<DateTimeOffset?>("at"), ctx.CancellationToken))[target.Id]
                .OrderByDescending(a => a.IsPrimary);
        return await ReadableAsync(ctx, rows);
    }

    static async Task<object?> ResponsibilitiesAsync(ResolveContext ctx)
    {
        var owner = ctx.Id("personId") is { } p ? new OwnerRef(OwnerKind.Person, p)
            : ctx.Id("unitId") is { } u ? new OwnerRef(OwnerKind.Unit, u)
            : throw new GraphQLError("Pass personId or unitId.");
        return await ReadableAsync(ctx, await ctx.Get<OwnershipService>().ResponsibilitiesAsync(owner, ctx.Argument<DateTimeOffset?>("at"), ctx.CancellationToken));
    }

    static async Task<List<AssignmentRecord>> ReadableAsync(ResolveContext ctx, IEnumerable<AssignmentRecord> rows)
    {
        var readable = await Loaders.ReadableAsync(ctx);
        return rows.Where(a => readable(a.TownshipCode)).ToList();
    }
}
