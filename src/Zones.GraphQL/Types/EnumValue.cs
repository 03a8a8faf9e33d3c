using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// One value of an enum type (graphql-js <c>GraphQLEnumValue</c>): its name in GraphQL and the
/// internal value resolvers see (the name itself unless given).
/// Spec: https://spec.graphql.org/September2025/#sec-Enums
/// </summary>
public sealed class EnumValue(string name, object? value = null)
{
    /// <summary>The value's name.</summary>
    public string Name { get; } = name;

    /// <summary>The internal value.</summary>
    public object? Value { get; } = value ?? name;

    /// <summary>The value's description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Why the value is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>The definition the value was built from, if any.</summary>
    public EnumValueDefinitionNode? AstNode { get; init; }
}
