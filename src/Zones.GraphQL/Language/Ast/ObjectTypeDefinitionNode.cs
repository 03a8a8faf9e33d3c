namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An object type definition.
/// Spec: https://spec.graphql.org/September2025/#sec-Objects
/// </summary>
public sealed record ObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    NodeList<NamedTypeNode> Interfaces,
    NodeList<DirectiveNode> Directives,
    NodeList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    /// <inheritdoc />
    public override StringValueNode? Description { get; init; } = Description;

    /// <inheritdoc />
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc />
    public override NodeList<DirectiveNode> Directives { get; init; } = Directives;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterObjectTypeDefinition(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveObjectTypeDefinition(this);
}
