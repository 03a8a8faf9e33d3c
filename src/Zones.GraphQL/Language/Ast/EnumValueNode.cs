namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An enum literal: a name other than true, false and null.
/// Spec: https://spec.graphql.org/September2025/#sec-Enum-Value
/// </summary>
public sealed record EnumValueNode(string Value) : ValueNode
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterEnumValue(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveEnumValue(this);
}
