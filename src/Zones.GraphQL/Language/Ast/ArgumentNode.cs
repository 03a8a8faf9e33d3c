namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An argument: Name : Value.
/// Spec: https://spec.graphql.org/September2025/#sec-Language.Arguments
/// </summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value) : Node
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterArgument(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveArgument(this);
}
