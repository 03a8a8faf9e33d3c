namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A float literal, kept as its source text.
/// Spec: https://spec.graphql.org/September2025/#sec-Float-Value
/// </summary>
public sealed record FloatValueNode(string Value) : ValueNode
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterFloatValue(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveFloatValue(this);
}
