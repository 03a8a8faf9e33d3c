namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An argument definition or an input object field.
/// Spec: https://spec.graphql.org/September2025/#sec-Field-Arguments
/// </summary>
public sealed record InputValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    TypeNode Type,
    ValueNode? DefaultValue,
    NodeList<DirectiveNode> Directives) : Node
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterInputValueDefinition(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveInputValueDefinition(this);
}
