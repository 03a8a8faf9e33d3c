using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// An argument of a field or directive, or a field of an input object (graphql-js
/// <c>GraphQLArgument</c> / <c>GraphQLInputField</c>, which have the same shape).
/// Spec: https://spec.graphql.org/September2025/#sec-Field-Arguments
/// </summary>
public sealed class InputValue(string name, GraphQLType type)
{
    /// <summary>The name.</summary>
    public string Name { get; } = name;

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; } = type;

    /// <summary>The description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Whether a default value is set (a default may itself be null).</summary>
    public bool HasDefaultValue { get; init; }

    /// <summary>The coerced default value, meaningful when <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue { get; init; }

    /// <summary>Why it is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>The definition it was built from, if any.</summary>
    public InputValueDefinitionNode? AstNode { get; init; }
}
