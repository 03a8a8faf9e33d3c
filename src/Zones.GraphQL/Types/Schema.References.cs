namespace Zones.GraphQL.Types;

/// <summary>
/// Binding the names used by code-first types (<see cref="TypeRef"/> SDL text) to the types of this
/// schema before any field is read: every type object reachable from the roots, the given types and
/// the directives is found first, then names resolve against them.
/// Spec: https://spec.graphql.org/September2025/#sec-Schema
/// </summary>
public sealed partial class Schema
{
    void BindTypeReferences(IEnumerable<NamedType> given)
    {
        var known = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        var visited = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
        var builders = new List<TypeBuilder>();
        var pending = new Stack<GraphQLType?>(given.Concat<GraphQLType?>([Query, Mutation, Subscription])
            .Concat(Directives.SelectMany(d => d.Arguments).Select(a => a.Type)));
        while (pending.Count > 0)
        {
            if (pending.Pop()?.GetNamedType() is not { } type || !visited.Add(type))
                continue;
            known.TryAdd(type.Name, type);
            if (type.Builder is { } builder)
                builders.Add(builder);
            foreach (var referenced in DirectReferences(type))
                pending.Push(referenced);
        }
        foreach (var scalar in Scalars.Specified)
            known.TryAdd(scalar.Name, scalar);
        foreach (var builder in builders)
            builder.Bind(name => known.GetValueOrDefault(name));
    }

    // Code-first types tell their type objects without resolving names; other types are read as usual.
    static IEnumerable<GraphQLType> DirectReferences(NamedType type) => type switch
    {
        { Builder: { } builder } => builder.DeclaredTypes,
        UnionType union => union.Types,
        ObjectLikeType objectLike => objectLike.Interfaces.Concat(objectLike.Fields.Values
            .SelectMany(f => f.Arguments.Select(a => a.Type).Prepend(f.Type))),
        InputObjectType input => input.Fields.Values.Select(f => f.Type),
        _ => [],
    };
}
