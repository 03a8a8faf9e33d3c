namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// One field of an input object literal: Name : Value.
/// Spec: https://spec.graphql.org/September2025/#sec-Input-Object-Values
/// </summary>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : Node
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterObjectField(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveObjectField(this);
}
