using Zones.GraphQL.Execution;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// A field of an object or interface type (graphql-js <c>GraphQLField</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Objects
/// </summary>
public sealed class FieldDefinition(string name, GraphQLType type)
{
    /// <summary>The field's name.</summary>
    public string Name { get; } = name;

    /// <summary>The output type.</summary>
    public GraphQLType Type { get; } = type;

    /// <summary>The description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<InputValue> Arguments { get; init; } = [];

    /// <summary>Why the field is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>
    /// What one resolution of the field weighs in the request cost limit
    /// (<see cref="Execution.Limits.RequestLimits.MaxCost"/>), before the sizes of the lists above it: 1
    /// unless the schema declares more for a field whose resolver is expensive (an aggregate over many
    /// rows, a call to another service). Not part of the type system: introspection does not show it.
    /// </summary>
    public long Cost { get; init; } = 1;

    /// <summary>The definition the field was built from, if any.</summary>
    public FieldDefinitionNode? AstNode { get; init; }

    /// <summary>
    /// Computes the field's value; null means the executor's default resolver (a property or
    /// dictionary entry named like the field). Settable so resolvers can be attached to a schema
    /// built from SDL.
    /// </summary>
    public FieldResolver? Resolve { get; set; }

    /// <summary>For a subscription root field: creates the source event stream (spec CreateSourceEventStream).</summary>
    public SourceStreamResolver? Subscribe { get; set; }

    /// <summary>
    /// The default resolver's reader for the last source type seen on this field (a one-entry
    /// cache: a field's parents nearly always have one type), replaced whole so threads never see a torn pair.
    /// </summary>
    internal object? DefaultReader;
}
