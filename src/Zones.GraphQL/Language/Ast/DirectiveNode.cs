namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A directive application: @ Name Arguments?.
/// Spec: https://spec.graphql.org/September2025/#sec-Language.Directives
/// </summary>
public sealed record DirectiveNode(NameNode Name, NodeList<ArgumentNode> Arguments) : Node
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterDirective(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveDirective(this);
}
