using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Execution;

/// <summary>
/// The inputs of one execution (graphql-js <c>ExecutionArgs</c>): a parsed (and validated) document,
/// the operation to run, raw variable values and the per-request values resolvers see.
/// Spec: https://spec.graphql.org/September2025/#sec-Executing-Requests
/// </summary>
public sealed record ExecutionRequest
{
    /// <summary>The schema; it must be valid (see <see cref="SchemaValidator"/>).</summary>
    public required Schema Schema { get; init; }

    /// <summary>The document, already validated.</summary>
    public required DocumentNode Document { get; init; }

    /// <summary>Which operation to run; may be null when the document has exactly one.</summary>
    public string? OperationName { get; init; }

    /// <summary>Raw variable values as decoded JSON (dictionaries, lists, strings, numbers, booleans, null).</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>A per-request value resolvers read as <see cref="ResolveContext.UserContext"/>.</summary>
    public object? Context { get; init; }

    /// <summary>The resolver of fields that have none; defaults to <see cref="DefaultFieldResolver.Resolve"/>.</summary>
    public FieldResolver? FieldResolver { get; init; }

    /// <summary>The request's data loaders; a new set is made when null.</summary>
    public DataLoaderContext? Loaders { get; init; }
}
