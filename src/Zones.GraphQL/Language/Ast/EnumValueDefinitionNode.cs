namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// One value of an enum type definition.
/// Spec: https://spec.graphql.org/September2025/#sec-Enums
/// </summary>
public sealed record EnumValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    NodeList<DirectiveNode> Directives) : Node
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterEnumValueDefinition(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveEnumValueDefinition(this);
}
