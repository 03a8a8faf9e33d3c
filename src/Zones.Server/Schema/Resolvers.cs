using System.Globalization;
using Zones.GraphQL;
using Zones.GraphQL.Execution;

namespace Zones.Server.Schema;

/// <summary>Shortcuts resolvers use to reach the request's context, services and arguments.</summary>
static class Resolvers
{
    public static ZonesContext Zones(this ResolveContext ctx) =>
        ctx.UserContext as ZonesContext ?? throw new InvalidOperationException("the request has no ZonesContext");

    public static T Get<T>(this ResolveContext ctx) where T : notnull => ctx.Zones().Get<T>();

    /// <summary>The townships the caller may read (asked once per request): what every read filters by.</summary>
    public static Task<string[]> ReadableAsync(this ResolveContext ctx) => ctx.Zones().Access.ReadableAsync(ctx.CancellationToken);

    /// <summary>An ID argument as a database id; null when it is not given.</summary>
    /// <exception cref="GraphQLError">The id is not a number (issue #10: never a silently dropped filter).</exception>
    public static long? Id(this ResolveContext ctx, string name) => Id(name, ctx.Arguments.GetValueOrDefault(name));

    /// <summary>The value of the ID argument or input field <paramref name="name"/> as a database id; null when it is null.</summary>
    /// <exception cref="GraphQLError">The id is not a number; the message names the argument and the value.</exception>
    public static long? Id(string name, object? value) => value switch
    {
        null => null,
        long l => l,
        int i => i,
        _ when long.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) => id,
        _ => throw new GraphQLError($"{name} \"{value}\" is not a valid ID: Zones ids are numbers such as \"12\"."),
    };

    public static string? Text(this ResolveContext ctx, string name) =>
        ctx.Arguments.TryGetValue(name, out var v) ? v as string : null;

    public static int Int(this ResolveContext ctx, string name, int fallback) =>
        ctx.Arguments.TryGetValue(name, out var v) && v is int i ? i : fallback;
}
