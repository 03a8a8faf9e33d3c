namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A named type extension.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-Extensions
/// </summary>
public abstract record TypeExtensionNode : TypeSystemExtensionNode
{
    /// <summary>The extended type's name.</summary>
    public abstract NameNode Name { get; init; }

    /// <summary>The directives added by the extension.</summary>
    public abstract NodeList<DirectiveNode> Directives { get; init; }
}
