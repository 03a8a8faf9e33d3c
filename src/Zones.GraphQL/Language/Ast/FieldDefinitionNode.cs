namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A field of an object or interface type.
/// Spec: https://spec.graphql.org/September2025/#sec-Objects
/// </summary>
public sealed record FieldDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    NodeList<InputValueDefinitionNode> Arguments,
    TypeNode Type,
    NodeList<DirectiveNode> Directives) : Node
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterFieldDefinition(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveFieldDefinition(this);
}
