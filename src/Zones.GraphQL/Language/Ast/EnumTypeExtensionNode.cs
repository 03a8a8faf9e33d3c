namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An enum type extension.
/// Spec: https://spec.graphql.org/September2025/#sec-Enum-Extensions
/// </summary>
public sealed record EnumTypeExtensionNode(
    NameNode Name,
    NodeList<DirectiveNode> Directives,
    NodeList<EnumValueDefinitionNode> Values) : TypeExtensionNode
{
    /// <inheritdoc />
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc />
    public override NodeList<DirectiveNode> Directives { get; init; } = Directives;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterEnumTypeExtension(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveEnumTypeExtension(this);
}
