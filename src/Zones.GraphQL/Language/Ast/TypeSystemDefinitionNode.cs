namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A schema, type or directive definition.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-System
/// </summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode
{
}
