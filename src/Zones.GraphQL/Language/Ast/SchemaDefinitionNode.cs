namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A schema definition: Description? schema Directives[Const]? { RootOperationTypeDefinition+ }.
/// Spec: https://spec.graphql.org/September2025/#sec-Schema
/// </summary>
public sealed record SchemaDefinitionNode(
    StringValueNode? Description,
    NodeList<DirectiveNode> Directives,
    NodeList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterSchemaDefinition(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveSchemaDefinition(this);
}
