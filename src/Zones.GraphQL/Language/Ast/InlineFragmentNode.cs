namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An inline fragment: ... TypeCondition? Directives? SelectionSet.
/// Spec: https://spec.graphql.org/September2025/#sec-Inline-Fragments
/// </summary>
public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    NodeList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : SelectionNode
{
    /// <inheritdoc />
    public override NodeList<DirectiveNode> Directives { get; init; } = Directives;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterInlineFragment(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveInlineFragment(this);
}
