namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A scalar type extension.
/// Spec: https://spec.graphql.org/September2025/#sec-Scalar-Extensions
/// </summary>
public sealed record ScalarTypeExtensionNode(NameNode Name, NodeList<DirectiveNode> Directives) : TypeExtensionNode
{
    /// <inheritdoc />
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc />
    public override NodeList<DirectiveNode> Directives { get; init; } = Directives;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterScalarTypeExtension(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveScalarTypeExtension(this);
}
