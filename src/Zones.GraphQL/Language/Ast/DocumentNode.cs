namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A whole document: Document :: Definition+.
/// Spec: https://spec.graphql.org/September2025/#sec-Document
/// </summary>
public sealed record DocumentNode(NodeList<DefinitionNode> Definitions) : Node
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterDocument(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveDocument(this);
}
