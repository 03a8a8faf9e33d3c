namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A union type definition.
/// Spec: https://spec.graphql.org/September2025/#sec-Unions
/// </summary>
public sealed record UnionTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    NodeList<DirectiveNode> Directives,
    NodeList<NamedTypeNode> Types) : TypeDefinitionNode
{
    /// <inheritdoc />
    public override StringValueNode? Description { get; init; } = Description;

    /// <inheritdoc />
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc />
    public override NodeList<DirectiveNode> Directives { get; init; } = Directives;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterUnionTypeDefinition(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveUnionTypeDefinition(this);
}
