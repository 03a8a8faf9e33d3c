namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An interface type extension.
/// Spec: https://spec.graphql.org/September2025/#sec-Interface-Extensions
/// </summary>
public sealed record InterfaceTypeExtensionNode(
    NameNode Name,
    NodeList<NamedTypeNode> Interfaces,
    NodeList<DirectiveNode> Directives,
    NodeList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    /// <inheritdoc />
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc />
    public override NodeList<DirectiveNode> Directives { get; init; } = Directives;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterInterfaceTypeExtension(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveInterfaceTypeExtension(this);
}
