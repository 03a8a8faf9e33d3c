namespace Zones.GraphQL.Types;

/// <summary>
/// Declares an input object in code: its fields (with optional defaults) and <c>@oneOf</c>.
/// Coerced values reach resolvers as <c>Dictionary&lt;string, object?&gt;</c>.
/// Spec: https://spec.graphql.org/September2025/#sec-Input-Objects
/// </summary>
public sealed class InputObjectTypeBuilder : TypeBuilder
{
    readonly List<InputValueBuilder> _fields = [];

    InputObjectTypeBuilder(string typeName) : base(typeName)
    {
    }

    internal bool IsOneOf { get; private set; }

    /// <summary>
    /// Adds a field. The third parameter is the description (<c>i.Field("wkt", "String", "Well-known text.")</c>);
    /// a default value is named: <c>i.Field("first", "Int", defaultValue: 50)</c>.
    /// </summary>
    public InputObjectTypeBuilder Field(string name, TypeRef type, string? description = null, Default defaultValue = default, string? deprecationReason = null)
    {
        _fields.Add(new InputValueBuilder(name, type, defaultValue, description, deprecationReason));
        return this;
    }

    /// <summary>Makes this a OneOf input object: exactly one field must be given, and not null.</summary>
    public void OneOf() => IsOneOf = true;

    internal override IEnumerable<GraphQLType> DeclaredTypes => _fields.Select(f => f.Type.Object).OfType<GraphQLType>();

    internal IEnumerable<InputValue> BuildFields() => _fields.Select(f => f.Build(this, $"Input field {TypeName}.{f.Name}"));

    internal static InputObjectTypeBuilder Run(string name, Action<InputObjectTypeBuilder> define)
    {
        var builder = new InputObjectTypeBuilder(name);
        define(builder);
        return builder;
    }
}
