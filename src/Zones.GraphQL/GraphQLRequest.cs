using System.Text.Json;
using Zones.GraphQL.Execution;

namespace Zones.GraphQL;

/// <summary>
/// One GraphQL request as a server receives it (<c>{query, variables, operationName}</c>) plus the
/// per-request values resolvers see: a context object, a root value and the data loaders.
/// Spec: https://spec.graphql.org/September2025/#sec-Executing-Requests
/// </summary>
public sealed record GraphQLRequest
{
    /// <summary>The document text.</summary>
    public required string Query { get; init; }

    /// <summary>Raw variable values (decoded JSON; see <see cref="JsonValues"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The operation to run when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>A per-request value for resolvers (<see cref="ResolveContext.UserContext"/>).</summary>
    public object? Context { get; init; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>The request's data loaders; a fresh set is made when null.</summary>
    public DataLoaderContext? Loaders { get; init; }

    /// <summary>Reads <c>query</c>, <c>variables</c> and <c>operationName</c> from a JSON request body.</summary>
    /// <exception cref="FormatException">The body is not a GraphQL request (the server answers 400).</exception>
    public static GraphQLRequest FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
            throw new FormatException("A GraphQL request must be a JSON object with a string \"query\".");
        var variables = body.TryGetProperty("variables", out var v) ? v : default;
        if (variables.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
            throw new FormatException("\"variables\" must be a JSON object.");
        var operationName = body.TryGetProperty("operationName", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        return new GraphQLRequest
        {
            Query = query.GetString()!,
            Variables = variables.ValueKind == JsonValueKind.Object ? JsonValues.Object(variables) : null,
            OperationName = operationName,
        };
    }
}
