namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A type reference.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-References
/// </summary>
public abstract record TypeNode : Node
{
}
