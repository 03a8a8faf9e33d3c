namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An interface type definition (interfaces may implement interfaces).
/// Spec: https://spec.graphql.org/September2025/#sec-Interfaces
/// </summary>
public sealed record InterfaceTypeDefinitionNode(
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

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterInterfaceTypeDefinition(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveInterfaceTypeDefinition(this);
}
