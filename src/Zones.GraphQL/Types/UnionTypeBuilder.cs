using Zones.GraphQL.Execution;

namespace Zones.GraphQL.Types;

/// <summary>
/// Declares a union in code: its members (by name or object) and how to resolve a value's type.
/// Spec: https://spec.graphql.org/September2025/#sec-Unions
/// </summary>
public sealed class UnionTypeBuilder : TypeBuilder
{
    readonly List<TypeRef> _types = [];

    UnionTypeBuilder(string typeName) : base(typeName)
    {
    }

    internal Func<object?, ResolveContext, string?>? ResolveTypeFunction { get; private set; }

    /// <summary>Adds member object types.</summary>
    public void Types(params TypeRef[] types) => _types.AddRange(types);

    /// <summary>Sets how to find the object type name of a value (otherwise <c>__typename</c>, then each type's IsTypeOf).</summary>
    public void ResolveType(Func<object?, ResolveContext, string?> resolveType) => ResolveTypeFunction = resolveType;

    internal override IEnumerable<GraphQLType> DeclaredTypes => _types.Select(t => t.Object).OfType<GraphQLType>();

    internal IEnumerable<ObjectType> BuildTypes() =>
        _types.Select(t => Resolve(t, $"Union {TypeName}") as ObjectType
            ?? throw new InvalidOperationException($"Union {TypeName} can only include object types, and {t} is not one."));

    internal static UnionTypeBuilder Run(string name, Action<UnionTypeBuilder> define)
    {
        var builder = new UnionTypeBuilder(name);
        define(builder);
        return builder;
    }
}
