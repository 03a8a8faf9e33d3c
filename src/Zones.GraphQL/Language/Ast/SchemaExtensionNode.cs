namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A schema extension: extend schema ….
/// Spec: https://spec.graphql.org/September2025/#sec-Schema-Extension
/// </summary>
public sealed record SchemaExtensionNode(
    NodeList<DirectiveNode> Directives,
    NodeList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemExtensionNode
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterSchemaExtension(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveSchemaExtension(this);
}
