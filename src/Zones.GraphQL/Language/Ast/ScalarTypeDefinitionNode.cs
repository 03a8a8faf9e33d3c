namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A scalar type definition.
/// Spec: https://spec.graphql.org/September2025/#sec-Scalars
/// </summary>
public sealed record ScalarTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    NodeList<DirectiveNode> Directives) : TypeDefinitionNode
{
    /// <inheritdoc />
    public override StringValueNode? Description { get; init; } = Description;

    /// <inheritdoc />
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc />
    public override NodeList<DirectiveNode> Directives { get; init; } = Directives;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterScalarTypeDefinition(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveScalarTypeDefinition(this);
}
