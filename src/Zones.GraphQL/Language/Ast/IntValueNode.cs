namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An integer literal, kept as its source text.
/// Spec: https://spec.graphql.org/September2025/#sec-Int-Value
/// </summary>
public sealed record IntValueNode(string Value) : ValueNode
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterIntValue(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveIntValue(this);
}
