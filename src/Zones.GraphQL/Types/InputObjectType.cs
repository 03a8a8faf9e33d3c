namespace Zones.GraphQL.Types;

/// <summary>
/// An input object type (graphql-js <c>GraphQLInputObjectType</c>); with <see cref="IsOneOf"/>
/// exactly one field must be given, and not null.
/// Spec: https://spec.graphql.org/September2025/#sec-Input-Objects
/// </summary>
public sealed class InputObjectType(string name, Func<IEnumerable<InputValue>> fields, string? description = null) : NamedType(name, description)
{
    readonly Lazy<OrderedDictionary<string, InputValue>> _fields = new(() =>
    {
        var map = new OrderedDictionary<string, InputValue>(StringComparer.Ordinal);
        foreach (var field in fields())
            map[field.Name] = field;
        return map;
    });

    /// <summary>Declares the input object in code: <c>new InputObjectType("Filter", i => i.Field("kind", "Kind").Field("first", "Int", defaultValue: 50))</c>.</summary>
    public InputObjectType(string name, Action<InputObjectTypeBuilder> define)
        : this(name, InputObjectTypeBuilder.Run(name, define))
    {
    }

    InputObjectType(string name, InputObjectTypeBuilder builder)
        : this(name, builder.BuildFields, builder.TypeDescription)
    {
        IsOneOf = builder.IsOneOf;
        Builder = builder;
    }

    /// <summary>The fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, InputValue> Fields => _fields.Value;

    /// <summary>Whether this is a OneOf input object (<c>@oneOf</c>).</summary>
    public bool IsOneOf { get; init; }
}
