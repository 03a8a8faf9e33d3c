namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A schema or type extension.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-System-Extensions
/// </summary>
public abstract record TypeSystemExtensionNode : DefinitionNode
{
}
