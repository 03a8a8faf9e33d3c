namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An input object type definition.
/// Spec: https://spec.graphql.org/September2025/#sec-Input-Objects
/// </summary>
public sealed record InputObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    NodeList<DirectiveNode> Directives,
    NodeList<InputValueDefinitionNode> Fields) : TypeDefinitionNode
{
    /// <inheritdoc />
    public override StringValueNode? Description { get; init; } = Description;

    /// <inheritdoc />
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc />
    public override NodeList<DirectiveNode> Directives { get; init; } = Directives;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterInputObjectTypeDefinition(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveInputObjectTypeDefinition(this);
}
