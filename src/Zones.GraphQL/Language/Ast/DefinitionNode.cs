namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A top-level definition of a document.
/// Spec: https://spec.graphql.org/September2025/#sec-Document
/// </summary>
public abstract record DefinitionNode : Node
{
}
