namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A fragment spread: ... FragmentName Directives?.
/// Spec: https://spec.graphql.org/September2025/#sec-Language.Fragments
/// </summary>
public sealed record FragmentSpreadNode(NameNode Name, NodeList<DirectiveNode> Directives) : SelectionNode
{
    /// <inheritdoc />
    public override NodeList<DirectiveNode> Directives { get; init; } = Directives;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterFragmentSpread(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveFragmentSpread(this);
}
