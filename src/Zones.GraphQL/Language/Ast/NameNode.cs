namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A name: Name :: NameStart NameContinue*.
/// Spec: https://spec.graphql.org/September2025/#sec-Names
/// </summary>
public sealed record NameNode(string Value) : Node
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterName(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveName(this);
}
