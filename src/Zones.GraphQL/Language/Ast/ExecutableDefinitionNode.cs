namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An operation or fragment definition.
/// Spec: https://spec.graphql.org/September2025/#sec-Executable-Definitions
/// </summary>
public abstract record ExecutableDefinitionNode : DefinitionNode
{
    /// <summary>The definition's description, if any.</summary>
    public abstract StringValueNode? Description { get; init; }
}
