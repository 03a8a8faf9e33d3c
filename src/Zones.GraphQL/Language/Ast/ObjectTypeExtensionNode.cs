namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An object type extension.
/// Spec: https://spec.graphql.org/September2025/#sec-Object-Extensions
/// </summary>
public sealed record ObjectTypeExtensionNode(
    NameNode Name,
    NodeList<NamedTypeNode> Interfaces,
    NodeList<DirectiveNode> Directives,
    NodeList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    /// <inheritdoc />
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc />
    public override NodeList<DirectiveNode> Directives { get; init; } = Directives;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterObjectTypeExtension(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveObjectTypeExtension(this);
}
