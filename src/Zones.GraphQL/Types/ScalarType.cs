using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// A scalar type whose coercion is given as functions (graphql-js <c>GraphQLScalarType</c>). A custom
/// scalar without functions passes values through and reads literals untyped, as graphql-js does.
/// Spec: https://spec.graphql.org/September2025/#sec-Scalars
/// </summary>
public sealed class ScalarType(string name, string? description = null) : LeafType(name, description)
{
    /// <summary>A URL to the scalar's specification (<c>@specifiedBy</c>).</summary>
    public string? SpecifiedByUrl { get; init; }

    /// <summary>Result coercion; identity by default.</summary>
    public Func<object?, object?> SerializeWith { get; init; } = value => value;

    /// <summary>Variable coercion; identity by default.</summary>
    public Func<object?, object?> ParseValueWith { get; init; } = value => value;

    /// <summary>Literal coercion; <see cref="ValueFromAst.Untyped"/> by default.</summary>
    public Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> ParseLiteralWith { get; init; } = ValueFromAst.Untyped;

    /// <inheritdoc />
    public override object? Serialize(object? value) => SerializeWith(value);

    /// <inheritdoc />
    public override object? ParseValue(object? value) => ParseValueWith(value);

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null) =>
        ParseLiteralWith(node, variables);
}
