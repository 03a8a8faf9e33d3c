namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A value literal or variable reference.
/// Spec: https://spec.graphql.org/September2025/#sec-Input-Values
/// </summary>
public abstract record ValueNode : Node
{
}
