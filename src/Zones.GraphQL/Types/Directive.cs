using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// A directive definition: name, arguments, where it may appear and whether it may repeat
/// (graphql-js <c>GraphQLDirective</c>). Locations are the spec's names (<c>FIELD</c>, <c>OBJECT</c> …).
/// Spec: https://spec.graphql.org/September2025/#sec-Type-System.Directives
/// </summary>
public sealed class Directive(string name, IReadOnlyList<string> locations)
{
    /// <summary>The name, without <c>@</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The locations in definition order.</summary>
    public IReadOnlyList<string> Locations { get; } = locations;

    /// <summary>The description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<InputValue> Arguments { get; init; } = [];

    /// <summary>Whether the directive may appear more than once at a location.</summary>
    public bool IsRepeatable { get; init; }

    /// <summary>The definition it was built from, if any.</summary>
    public DirectiveDefinitionNode? AstNode { get; init; }
}
