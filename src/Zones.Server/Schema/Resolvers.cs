using Zones.GraphQL.Execution;

namespace Zones.Server.Schema;

/// <summary>Shortcuts resolvers use to reach the request's context, services and arguments.</summary>
static class Resolvers
{
    public static ZonesContext Zones(this ResolveContext ctx) =>
        ctx.UserContext as ZonesContext ?? throw new InvalidOperationException("the request has no ZonesContext");

    public static T Get<T>(this ResolveContext ctx) where T : notnull => ctx.Zones().Get<T>();

    /// <summary>An ID argument as a database id; a non-numeric id matches nothing.</summary>
    public static long? Id(this ResolveContext ctx, string name) =>
        ctx.Arguments.TryGetValue(name, out var v) && long.TryParse(v?.ToString(), out var id) ? id : null;

    public static long? Id(object? value) => long.TryParse(value?.ToString(), out var id) ? id : null;

    public static string? Text(this ResolveContext ctx, string name) =>
        ctx.Arguments.TryGetValue(name, out var v) ? v as string : null;

    public static int Int(this ResolveContext ctx, string name, int fallback) =>
        ctx.Arguments.TryGetValue(name, out var v) && v is int i ? i : fallback;
}
