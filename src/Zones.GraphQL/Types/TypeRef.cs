using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// A reference to a type in the code-first API: either SDL text (<c>"[Zone!]!"</c>), resolved by
/// name when the schema is built so types can refer to each other in any order, or a type object.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-References
/// </summary>
public readonly struct TypeRef
{
    readonly string? _sdl;
    readonly GraphQLType? _type;

    TypeRef(string? sdl, GraphQLType? type) => (_sdl, _type) = (sdl, type);

    /// <summary>A reference by SDL type text.</summary>
    public static implicit operator TypeRef(string sdl) => new(sdl, null);

    /// <summary>A reference to a type object.</summary>
    public static implicit operator TypeRef(GraphQLType type) => new(null, type);

    /// <summary>The type object, when the reference was made with one.</summary>
    internal GraphQLType? Object => _type;

    /// <inheritdoc />
    public override string ToString() => _sdl ?? _type?.ToString() ?? "";

    /// <summary>The referenced type; names are looked up with <paramref name="lookup"/>.</summary>
    internal GraphQLType Resolve(Func<string, NamedType?> lookup, string owner) =>
        _type ?? FromNode(Parser.ParseType(_sdl ?? throw new InvalidOperationException($"{owner} has no type.")), lookup, owner);

    static GraphQLType FromNode(TypeNode node, Func<string, NamedType?> lookup, string owner) => node switch
    {
        ListTypeNode list => new ListType(FromNode(list.Type, lookup, owner)),
        NonNullTypeNode nonNull => new NonNullType(FromNode(nonNull.Type, lookup, owner)),
        NamedTypeNode named => lookup(named.Name.Value) ?? throw new InvalidOperationException(
            $"{owner} refers to unknown type \"{named.Name.Value}\". Pass that type to the Schema (types: …) or refer to it by object."),
        _ => throw new ArgumentException($"Unexpected type node {node.GetType().Name}.", nameof(node)),
    };
}
