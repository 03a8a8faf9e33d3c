namespace Zones.GraphQL.Types;

/// <summary>
/// Which object types an abstract type may be at runtime (graphql-js <c>getPossibleTypes</c>,
/// <c>isSubType</c>), computed once from the type map.
/// Spec: https://spec.graphql.org/September2025/#sec-Interfaces
/// </summary>
public sealed partial class Schema
{
    Dictionary<string, (List<ObjectType> Objects, List<InterfaceType> Interfaces)>? _implementations;

    /// <summary>The members of a union, or the object types implementing an interface, in type-map order.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType => Implementations(abstractType.Name).Objects,
        _ => [],
    };

    /// <summary>The interfaces that implement an interface, in type-map order.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType type) => Implementations(type.Name).Interfaces;

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of a union or implements an interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => union.Types.Any(t => ReferenceEquals(t, maybeSubType)),
        InterfaceType => maybeSubType switch
        {
            ObjectType o => Implementations(abstractType.Name).Objects.Any(t => ReferenceEquals(t, o)),
            InterfaceType i => Implementations(abstractType.Name).Interfaces.Any(t => ReferenceEquals(t, i)),
            _ => false,
        },
        _ => false,
    };

    (List<ObjectType> Objects, List<InterfaceType> Interfaces) Implementations(string interfaceName)
    {
        if (_implementations is null)
        {
            var map = new Dictionary<string, (List<ObjectType>, List<InterfaceType>)>(StringComparer.Ordinal);
            foreach (var type in TypeMap.Values.OfType<ObjectLikeType>())
            {
                foreach (var implemented in type.Interfaces)
                {
                    if (!map.TryGetValue(implemented.Name, out var entry))
                        map[implemented.Name] = entry = ([], []);
                    if (type is ObjectType o)
                        entry.Item1.Add(o);
                    else
                        entry.Item2.Add((InterfaceType)type);
                }
            }
            _implementations = map;
        }
        return _implementations.GetValueOrDefault(interfaceName, ([], []));
    }
}
