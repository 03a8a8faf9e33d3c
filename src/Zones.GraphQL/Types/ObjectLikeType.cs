namespace Zones.GraphQL.Types;

/// <summary>
/// What object and interface types share: fields and implemented interfaces, both resolved lazily
/// so that types can refer to each other (graphql-js thunks).
/// Spec: https://spec.graphql.org/September2025/#sec-Objects
/// </summary>
public abstract class ObjectLikeType : NamedType
{
    readonly Lazy<OrderedDictionary<string, FieldDefinition>> _fields;
    readonly Lazy<IReadOnlyList<InterfaceType>> _interfaces;

    /// <summary>Creates the type; the functions run on first use.</summary>
    protected ObjectLikeType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces,
        string? description)
        : base(name, description)
    {
        _fields = new(() => ByName(fields()));
        _interfaces = new(() => interfaces?.Invoke().ToArray() ?? []);
    }

    /// <summary>The fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields.Value;

    /// <summary>The interfaces this type implements.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces.Value;

    // A later field with the same name replaces the earlier one in place, like a JS object map.
    static OrderedDictionary<string, FieldDefinition> ByName(IEnumerable<FieldDefinition> fields)
    {
        var map = new OrderedDictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var field in fields)
            map[field.Name] = field;
        return map;
    }
}
