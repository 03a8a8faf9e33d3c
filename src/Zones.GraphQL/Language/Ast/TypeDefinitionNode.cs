namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A named type definition.
/// Spec: https://spec.graphql.org/September2025/#sec-Types
/// </summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode
{
    /// <summary>The type's description, if any.</summary>
    public abstract StringValueNode? Description { get; init; }

    /// <summary>The type's name.</summary>
    public abstract NameNode Name { get; init; }

    /// <summary>The directives applied to the type.</summary>
    public abstract NodeList<DirectiveNode> Directives { get; init; }
}
