using Zones.GraphQL.Execution;
using Zones.GraphQL.Execution.Limits;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;
using Zones.GraphQL.Validation;

namespace Zones.GraphQL;

/// <summary>
/// How a <see cref="GraphQLService"/> treats requests: limits, introspection, the validation step
/// and the default field resolver.
/// Spec: https://spec.graphql.org/September2025/#sec-Executing-Requests
/// </summary>
public sealed record GraphQLServiceOptions
{
    /// <summary>Size, token, depth, alias and cost limits.</summary>
    public RequestLimits Limits { get; init; } = new();

    /// <summary>When false, any field of an introspection type (<c>__schema</c>, <c>__type</c>) is refused before execution.</summary>
    public bool IntrospectionEnabled { get; init; } = true;

    /// <summary>
    /// The validation step between parsing and execution; its errors stop the request (no
    /// <c>data</c>). Defaults to every specified rule (<see cref="Validator.Validate"/>); null runs none.
    /// </summary>
    public Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>>? Validate { get; init; } = (schema, document) => Validator.Validate(schema, document);

    /// <summary>The resolver of fields without one; null reads properties and dictionary entries.</summary>
    public FieldResolver? FieldResolver { get; init; }
}
