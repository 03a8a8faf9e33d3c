namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A non-null type reference: NamedType ! or ListType !.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-References
/// </summary>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterNonNullType(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveNonNullType(this);
}
