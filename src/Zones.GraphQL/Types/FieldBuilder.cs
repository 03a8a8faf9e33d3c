using Zones.GraphQL.Execution;

namespace Zones.GraphQL.Types;

/// <summary>
/// One field being declared in code: its type, resolver, arguments, description and deprecation,
/// chained: <c>t.Field("children", "[Zone!]!", …).Argument("first", "Int", defaultValue: 50).Description("…")</c>.
/// Spec: https://spec.graphql.org/September2025/#sec-Objects
/// </summary>
public sealed class FieldBuilder
{
    readonly string _name;
    readonly TypeRef _type;
    readonly List<InputValueBuilder> _arguments = [];
    string? _description;
    string? _deprecationReason;
    long _cost = 1;
    FieldResolver? _resolve;
    SourceStreamResolver? _subscribe;

    internal FieldBuilder(string name, TypeRef type, FieldResolver? resolve) => (_name, _type, _resolve) = (name, type, resolve);

    /// <summary>Sets the description.</summary>
    public FieldBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Marks the field deprecated (<c>@deprecated</c>).</summary>
    public FieldBuilder Deprecated(string reason = SpecifiedDirectives.DefaultDeprecationReason)
    {
        _deprecationReason = reason;
        return this;
    }

    /// <summary>Declares what one resolution of the field weighs in the cost limit (<see cref="FieldDefinition.Cost"/>; default 1).</summary>
    public FieldBuilder Cost(long cost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cost);
        _cost = cost;
        return this;
    }

    /// <summary>
    /// Adds an argument. The third parameter is the default value (<c>.Argument("first", "Int", 50)</c>,
    /// <c>.Argument("crs", "String", "WGS84", "Coordinate reference system.")</c>); leave it out for none.
    /// </summary>
    public FieldBuilder Argument(string name, TypeRef type, Default defaultValue = default, string? description = null, string? deprecationReason = null)
    {
        _arguments.Add(new InputValueBuilder(name, type, defaultValue, description, deprecationReason));
        return this;
    }

    /// <summary>Sets the resolver, with full access to the <see cref="ResolveContext"/>.</summary>
    public FieldBuilder Resolve(FieldResolver resolve)
    {
        _resolve = resolve;
        return this;
    }

    /// <summary>Sets the source-stream function of a subscription field.</summary>
    public FieldBuilder Subscribe(SourceStreamResolver subscribe)
    {
        _subscribe = subscribe;
        return this;
    }

    internal IEnumerable<GraphQLType> DeclaredTypes =>
        new[] { _type.Object }.Concat(_arguments.Select(a => a.Type.Object)).OfType<GraphQLType>();

    internal FieldDefinition Build(TypeBuilder owner) =>
        new(_name, owner.Resolve(_type, $"Field {owner.TypeName}.{_name}"))
        {
            Description = _description,
            DeprecationReason = _deprecationReason,
            Cost = _cost,
            Arguments = _arguments.Select(a => a.Build(owner, $"Argument {owner.TypeName}.{_name}({a.Name}:)")).ToArray(),
            Resolve = _resolve,
            Subscribe = _subscribe,
        };
}

/// <summary>An argument or input field being declared in code.</summary>
internal sealed record InputValueBuilder(string Name, TypeRef Type, Default Default, string? Description, string? DeprecationReason)
{
    public InputValue Build(TypeBuilder owner, string what) =>
        new(Name, owner.Resolve(Type, what))
        {
            Description = Description,
            HasDefaultValue = Default.IsSet,
            DefaultValue = Default.Value,
            DeprecationReason = DeprecationReason,
        };
}
