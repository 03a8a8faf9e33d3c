namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A list type reference: [ Type ].
/// Spec: https://spec.graphql.org/September2025/#sec-Type-References
/// </summary>
public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterListType(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveListType(this);
}
