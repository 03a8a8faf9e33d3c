using Zones.GraphQL.Execution;
using Zones.GraphQL.Execution.Limits;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Tests.Execution;

/// <summary>Runs documents through <see cref="GraphQLService"/> and returns the JSON response.</summary>
public static class ExecutionHarness
{
    /// <summary>The JSON response of <paramref name="query"/>; variables are JSON text.</summary>
    public static async Task<string> RunAsync(Schema schema, string query, string? variables = null, object? root = null,
        object? context = null, GraphQLServiceOptions? options = null, CancellationToken ct = default)
    {
        var service = new GraphQLService(schema, options ?? new GraphQLServiceOptions { Limits = RequestLimits.None });
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : (IReadOnlyDictionary<string, object?>)JsonValues.Parse(variables)!,
            RootValue = root,
            Context = context,
        };
        return (await service.ExecuteAsync(request, ct)).ToJson();
    }

    /// <summary>A schema from SDL with resolvers attached by coordinate.</summary>
    public static Schema Sdl(string sdl, params (string Coordinate, FieldResolver Resolve)[] resolvers)
    {
        var schema = SchemaBuilder.Build(sdl);
        foreach (var (coordinate, resolve) in resolvers)
            schema.Resolve(coordinate, resolve);
        return schema;
    }
}
