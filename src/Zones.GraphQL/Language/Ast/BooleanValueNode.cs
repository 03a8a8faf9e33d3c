namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// <c>true</c> or <c>false</c>.
/// Spec: https://spec.graphql.org/September2025/#sec-Boolean-Value
/// </summary>
public sealed record BooleanValueNode(bool Value) : ValueNode
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterBooleanValue(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveBooleanValue(this);
}
