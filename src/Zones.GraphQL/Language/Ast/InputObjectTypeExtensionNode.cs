namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An input object type extension.
/// Spec: https://spec.graphql.org/September2025/#sec-Input-Object-Extensions
/// </summary>
public sealed record InputObjectTypeExtensionNode(
    NameNode Name,
    NodeList<DirectiveNode> Directives,
    NodeList<InputValueDefinitionNode> Fields) : TypeExtensionNode
{
    /// <inheritdoc />
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc />
    public override NodeList<DirectiveNode> Directives { get; init; } = Directives;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterInputObjectTypeExtension(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveInputObjectTypeExtension(this);
}
