namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An enum type definition.
/// Spec: https://spec.graphql.org/September2025/#sec-Enums
/// </summary>
public sealed record EnumTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    NodeList<DirectiveNode> Directives,
    NodeList<EnumValueDefinitionNode> Values) : TypeDefinitionNode
{
    /// <inheritdoc />
    public override StringValueNode? Description { get; init; } = Description;

    /// <inheritdoc />
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc />
    public override NodeList<DirectiveNode> Directives { get; init; } = Directives;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterEnumTypeDefinition(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveEnumTypeDefinition(this);
}
