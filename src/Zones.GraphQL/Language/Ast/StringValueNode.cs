namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A string literal (quoted or block); <see cref="Value"/> is the interpreted value.
/// Spec: https://spec.graphql.org/September2025/#sec-String-Value
/// </summary>
public sealed record StringValueNode(string Value, bool Block = false) : ValueNode
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterStringValue(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveStringValue(this);
}
