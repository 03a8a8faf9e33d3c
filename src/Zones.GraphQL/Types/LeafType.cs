using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// A scalar or enum: a type whose values are leaves of a response and which coerces values in both
/// directions (graphql-js <c>GraphQLLeafType</c>). Failures throw <see cref="GraphQLError"/>.
/// Spec: https://spec.graphql.org/September2025/#sec-Scalars
/// </summary>
public abstract class LeafType(string name, string? description) : NamedType(name, description)
{
    /// <summary>Result coercion: an internal value to its response value.</summary>
    public abstract object? Serialize(object? value);

    /// <summary>Input coercion of a variable value (already JSON-decoded).</summary>
    public abstract object? ParseValue(object? value);

    /// <summary>Input coercion of a literal; variables are looked up in <paramref name="variables"/>.</summary>
    public abstract object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null);
}
