namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A named type reference.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-References
/// </summary>
public sealed record NamedTypeNode(NameNode Name) : TypeNode
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterNamedType(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveNamedType(this);
}
