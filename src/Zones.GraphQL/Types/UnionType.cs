using Zones.GraphQL.Execution;

namespace Zones.GraphQL.Types;

/// <summary>
/// A union of object types (graphql-js <c>GraphQLUnionType</c>); members resolve lazily.
/// Spec: https://spec.graphql.org/September2025/#sec-Unions
/// </summary>
public sealed class UnionType(string name, Func<IEnumerable<ObjectType>> types, string? description = null) : NamedType(name, description), IAbstractType
{
    /// <summary>Declares the union in code: <c>new UnionType("Place", u => u.Types("Zone", "Asset"))</c>.</summary>
    public UnionType(string name, Action<UnionTypeBuilder> define)
        : this(name, UnionTypeBuilder.Run(name, define))
    {
    }

    UnionType(string name, UnionTypeBuilder builder)
        : this(name, builder.BuildTypes, builder.TypeDescription)
    {
        ResolveType = builder.ResolveTypeFunction;
        Builder = builder;
    }

    /// <inheritdoc />
    public Func<object?, ResolveContext, string?>? ResolveType { get; set; }

    readonly Lazy<IReadOnlyList<ObjectType>> _types = new(() => types().ToArray());

    /// <summary>The member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types => _types.Value;
}
