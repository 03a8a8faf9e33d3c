namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A selection set: { Selection+ }.
/// Spec: https://spec.graphql.org/September2025/#sec-Selection-Sets
/// </summary>
public sealed record SelectionSetNode(NodeList<SelectionNode> Selections) : Node
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterSelectionSet(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveSelectionSet(this);
}
