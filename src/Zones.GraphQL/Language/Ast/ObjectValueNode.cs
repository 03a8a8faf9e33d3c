namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An input object literal: { ObjectField* }.
/// Spec: https://spec.graphql.org/September2025/#sec-Input-Object-Values
/// </summary>
public sealed record ObjectValueNode(NodeList<ObjectFieldNode> Fields) : ValueNode
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterObjectValue(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveObjectValue(this);
}
