namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A directive definition: Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-System.Directives
/// </summary>
public sealed record DirectiveDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    NodeList<InputValueDefinitionNode> Arguments,
    bool Repeatable,
    NodeList<NameNode> Locations) : TypeSystemDefinitionNode
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterDirectiveDefinition(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveDirectiveDefinition(this);
}
