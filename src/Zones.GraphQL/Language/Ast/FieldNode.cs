namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A field selection: Alias? Name Arguments? Directives? SelectionSet?.
/// Spec: https://spec.graphql.org/September2025/#sec-Language.Fields
/// </summary>
public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    NodeList<ArgumentNode> Arguments,
    NodeList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet) : SelectionNode
{
    /// <inheritdoc />
    public override NodeList<DirectiveNode> Directives { get; init; } = Directives;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterField(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveField(this);
}
