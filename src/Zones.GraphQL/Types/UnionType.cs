namespace Zones.GraphQL.Types;

/// <summary>
/// A union of object types (graphql-js <c>GraphQLUnionType</c>); members resolve lazily.
/// Spec: https://spec.graphql.org/September2025/#sec-Unions
/// </summary>
public sealed class UnionType(string name, Func<IEnumerable<ObjectType>> types, string? description = null) : NamedType(name, description)
{
    readonly Lazy<IReadOnlyList<ObjectType>> _types = new(() => types().ToArray());

    /// <summary>The member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types => _types.Value;
}
