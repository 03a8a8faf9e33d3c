namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A list literal: [ Value* ].
/// Spec: https://spec.graphql.org/September2025/#sec-List-Value
/// </summary>
public sealed record ListValueNode(NodeList<ValueNode> Values) : ValueNode
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterListValue(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveListValue(this);
}
