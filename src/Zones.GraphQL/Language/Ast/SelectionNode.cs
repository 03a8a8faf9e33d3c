namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A field, fragment spread or inline fragment.
/// Spec: https://spec.graphql.org/September2025/#sec-Selection-Sets
/// </summary>
public abstract record SelectionNode : Node
{
    /// <summary>The directives applied to the selection.</summary>
    public abstract NodeList<DirectiveNode> Directives { get; init; }
}
