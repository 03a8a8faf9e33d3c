namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A union type extension.
/// Spec: https://spec.graphql.org/September2025/#sec-Union-Extensions
/// </summary>
public sealed record UnionTypeExtensionNode(
    NameNode Name,
    NodeList<DirectiveNode> Directives,
    NodeList<NamedTypeNode> Types) : TypeExtensionNode
{
    /// <inheritdoc />
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc />
    public override NodeList<DirectiveNode> Directives { get; init; } = Directives;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterUnionTypeExtension(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveUnionTypeExtension(this);
}
