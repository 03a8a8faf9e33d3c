using Zones.GraphQL.Introspection;

namespace Zones.GraphQL.Types;

/// <summary>
/// A schema: root operation types, directives and every named type reachable from them, collected
/// in graphql-js's order (given types first, then the roots, then directive arguments, then the
/// introspection types).
/// Spec: https://spec.graphql.org/September2025/#sec-Schema
/// </summary>
public sealed partial class Schema
{
    readonly OrderedDictionary<string, NamedType> _typeMap = new(StringComparer.Ordinal);

    /// <summary>Creates a schema; <paramref name="types"/> adds types not reachable from the roots.</summary>
    public Schema(ObjectType? query, ObjectType? mutation = null, ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null, IReadOnlyList<Directive>? directives = null, string? description = null)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Directives = directives ?? SpecifiedDirectives.All;
        Description = description;
        var given = types?.ToList() ?? [];
        BindTypeReferences(given);
        CollectTypes(given);
    }

    /// <summary>The schema description, if any.</summary>
    public string? Description { get; }

    /// <summary>The query root type.</summary>
    public ObjectType? Query { get; }

    /// <summary>The mutation root type, if any.</summary>
    public ObjectType? Mutation { get; }

    /// <summary>The subscription root type, if any.</summary>
    public ObjectType? Subscription { get; }

    /// <summary>The directives, user-defined first.</summary>
    public IReadOnlyList<Directive> Directives { get; }

    /// <summary>Every named type by name, in collection order.</summary>
    public IReadOnlyDictionary<string, NamedType> TypeMap => _typeMap;

    /// <summary>The named type with this name, or null.</summary>
    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    /// <summary>The directive with this name, or null.</summary>
    public Directive? GetDirective(string name) => Directives.FirstOrDefault(d => d.Name == name);

    void CollectTypes(List<NamedType> types)
    {
        // graphql-js seeds a Set with the given types, then for each one deletes it and re-adds it
        // with everything it references; the resulting order is what introspection shows.
        var set = new OrderedDictionary<NamedType, bool>(ReferenceEqualityComparer.Instance);
        foreach (var type in types)
            set[type] = true;
        foreach (var type in types)
        {
            set.Remove(type);
            Collect(type, set);
        }
        foreach (var root in new[] { Query, Mutation, Subscription })
            Collect(root, set);
        foreach (var argument in Directives.SelectMany(d => d.Arguments))
            Collect(argument.Type, set);
        Collect(IntrospectionTypes.Schema, set);
        foreach (var type in set.Keys)
        {
            if (!_typeMap.TryAdd(type.Name, type))
                throw new InvalidOperationException($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
        }
    }

    static void Collect(GraphQLType? type, OrderedDictionary<NamedType, bool> set)
    {
        if (type?.GetNamedType() is not { } named || !set.TryAdd(named, true))
            return;
        switch (named)
        {
            case UnionType union:
                union.Types.ToList().ForEach(t => Collect(t, set));
                break;
            case ObjectLikeType objectLike:
                objectLike.Interfaces.ToList().ForEach(i => Collect(i, set));
                foreach (var field in objectLike.Fields.Values)
                {
                    Collect(field.Type, set);
                    field.Arguments.ToList().ForEach(a => Collect(a.Type, set));
                }
                break;
            case InputObjectType input:
                input.Fields.Values.ToList().ForEach(f => Collect(f.Type, set));
                break;
        }
    }
}
