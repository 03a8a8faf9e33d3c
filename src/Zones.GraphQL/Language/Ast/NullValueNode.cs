namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// The <c>null</c> literal.
/// Spec: https://spec.graphql.org/September2025/#sec-Null-Value
/// </summary>
public sealed record NullValueNode() : ValueNode
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterNullValue(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveNullValue(this);
}
