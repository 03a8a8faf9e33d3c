namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A variable definition: Description? Variable : Type DefaultValue? Directives[Const]?.
/// Spec: https://spec.graphql.org/September2025/#sec-Language.Variables
/// </summary>
public sealed record VariableDefinitionNode(
    StringValueNode? Description,
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    NodeList<DirectiveNode> Directives) : Node
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterVariableDefinition(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveVariableDefinition(this);
}
