using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// A type with a name: scalar, object, interface, union, enum or input object
/// (graphql-js <c>GraphQLNamedType</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Types
/// </summary>
public abstract class NamedType(string name, string? description) : GraphQLType
{
    /// <summary>The type's name.</summary>
    public string Name { get; } = name;

    /// <summary>The type's description, if any.</summary>
    public string? Description { get; } = description;

    /// <summary>The definition the type was built from, if any.</summary>
    public TypeDefinitionNode? AstNode { get; internal set; }

    /// <summary>The extensions the type was built from.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; internal set; } = [];

    /// <summary>The code-first builder the type was declared with, if any (its names are bound by the schema).</summary>
    internal TypeBuilder? Builder { get; set; }

    /// <inheritdoc />
    public override NamedType GetNamedType() => this;

    /// <inheritdoc />
    public override string ToString() => Name;
}
