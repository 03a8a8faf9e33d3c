using Zones.GraphQL.Execution;
using Zones.GraphQL.Language;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Introspection;

/// <summary>
/// The meta-schema: <c>__Schema</c>, <c>__Type</c>, <c>__Field</c>, <c>__InputValue</c>,
/// <c>__EnumValue</c>, <c>__Directive</c>, <c>__TypeKind</c>, <c>__DirectiveLocation</c>, and the
/// meta fields <c>__schema</c>, <c>__type</c> and <c>__typename</c>, resolved over our type objects
/// as graphql-js 16.15 resolves them (including <c>isOneOf</c>, <c>specifiedByURL</c>,
/// <c>isRepeatable</c> and <c>includeDeprecated</c> on arguments and input fields).
/// Spec: https://spec.graphql.org/September2025/#sec-Schema-Introspection
/// </summary>
public static class IntrospectionTypes
{
    static readonly IReadOnlyDictionary<string, NamedType> Types = BuildTypes();

    /// <summary><c>__Schema</c>, from which every other introspection type is reachable.</summary>
    public static ObjectType Schema => (ObjectType)Types["__Schema"];

    /// <summary><c>__Type</c>.</summary>
    public static ObjectType Type => (ObjectType)Types["__Type"];

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public static FieldDefinition SchemaMetaField { get; } = new("__schema", new NonNullType(Schema))
    {
        Description = "Access the current type schema of this server.",
        Resolve = ctx => new(ctx.Schema),
    };

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public static FieldDefinition TypeMetaField { get; } = new("__type", Type)
    {
        Description = "Request the type information of a single type.",
        Arguments = [new InputValue("name", new NonNullType(Scalars.String))],
        Resolve = ctx => new(ctx.Schema.GetType((string)ctx.Arguments["name"]!)),
    };

    /// <summary><c>__typename: String!</c>, available on every object type.</summary>
    public static FieldDefinition TypeNameMetaField { get; } = new("__typename", new NonNullType(Scalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolve = ctx => new(ctx.ParentType.Name),
    };

    /// <summary>Whether a type is one of the introspection types (by name, as graphql-js checks).</summary>
    public static bool IsIntrospectionType(NamedType type) => Types.ContainsKey(type.Name);

    static IReadOnlyDictionary<string, NamedType> BuildTypes()
    {
        var types = SchemaBuilder.BuildTypes(IntrospectionSdl.Types);
        void On<TSource>(string coordinate, Func<TSource, ResolveContext, object?> resolve)
        {
            var dot = coordinate.IndexOf('.');
            var field = ((ObjectType)types[coordinate[..dot]]).Fields[coordinate[(dot + 1)..]];
            field.Resolve = ctx => new(resolve((TSource)ctx.Source!, ctx));
        }
        SchemaResolvers(On);
        TypeResolvers(On);
        FieldResolvers(On);
        InputValueResolvers(On);
        EnumValueResolvers(On);
        DirectiveResolvers(On);
        return types;
    }

    static void SchemaResolvers(Action<string, Func<Schema, ResolveContext, object?>> on)
    {
        on("__Schema.description", (s, _) => s.Description);
        on("__Schema.types", (s, _) => s.TypeMap.Values);
        on("__Schema.queryType", (s, _) => s.Query);
        on("__Schema.mutationType", (s, _) => s.Mutation);
        on("__Schema.subscriptionType", (s, _) => s.Subscription);
        on("__Schema.directives", (s, _) => s.Directives);
    }

    static bool IncludeDeprecated(ResolveContext ctx) => ctx.Arguments.GetValueOrDefault("includeDeprecated") is true;

    static void TypeResolvers(Action<string, Func<GraphQLType, ResolveContext, object?>> on)
    {
        on("__Type.kind", (t, _) => Kind(t));
        on("__Type.name", (t, _) => (t as NamedType)?.Name);
        on("__Type.description", (t, _) => (t as NamedType)?.Description);
        on("__Type.specifiedByURL", (t, _) => (t as ScalarType)?.SpecifiedByUrl);
        on("__Type.fields", (t, ctx) => (t as ObjectLikeType)?.Fields.Values.Where(f => IncludeDeprecated(ctx) || f.DeprecationReason is null));
        on("__Type.interfaces", (t, _) => (t as ObjectLikeType)?.Interfaces);
        on("__Type.possibleTypes", (t, ctx) => t is InterfaceType or UnionType ? ctx.Schema.GetPossibleTypes((NamedType)t) : null);
        on("__Type.enumValues", (t, ctx) => (t as EnumType)?.Values.Where(v => IncludeDeprecated(ctx) || v.DeprecationReason is null));
        on("__Type.inputFields", (t, ctx) => (t as InputObjectType)?.Fields.Values.Where(f => IncludeDeprecated(ctx) || f.DeprecationReason is null));
        on("__Type.ofType", (t, _) => t switch { ListType l => l.OfType, NonNullType n => n.OfType, _ => null });
        on("__Type.isOneOf", (t, _) => t is InputObjectType input ? input.IsOneOf : null);
    }

    static void FieldResolvers(Action<string, Func<FieldDefinition, ResolveContext, object?>> on)
    {
        on("__Field.name", (f, _) => f.Name);
        on("__Field.description", (f, _) => f.Description);
        on("__Field.args", (f, ctx) => f.Arguments.Where(a => IncludeDeprecated(ctx) || a.DeprecationReason is null));
        on("__Field.type", (f, _) => f.Type);
        on("__Field.isDeprecated", (f, _) => f.DeprecationReason is not null);
        on("__Field.deprecationReason", (f, _) => f.DeprecationReason);
    }

    static void InputValueResolvers(Action<string, Func<InputValue, ResolveContext, object?>> on)
    {
        on("__InputValue.name", (v, _) => v.Name);
        on("__InputValue.description", (v, _) => v.Description);
        on("__InputValue.type", (v, _) => v.Type);
        on("__InputValue.defaultValue", (v, _) => DefaultValue(v));
        on("__InputValue.isDeprecated", (v, _) => v.DeprecationReason is not null);
        on("__InputValue.deprecationReason", (v, _) => v.DeprecationReason);
    }

    static void EnumValueResolvers(Action<string, Func<EnumValue, ResolveContext, object?>> on)
    {
        on("__EnumValue.name", (v, _) => v.Name);
        on("__EnumValue.description", (v, _) => v.Description);
        on("__EnumValue.isDeprecated", (v, _) => v.DeprecationReason is not null);
        on("__EnumValue.deprecationReason", (v, _) => v.DeprecationReason);
    }

    // Directives cannot be deprecated in our type system yet, so isDeprecated is always false.
    static void DirectiveResolvers(Action<string, Func<Directive, ResolveContext, object?>> on)
    {
        on("__Directive.name", (d, _) => d.Name);
        on("__Directive.description", (d, _) => d.Description);
        on("__Directive.isRepeatable", (d, _) => d.IsRepeatable);
        on("__Directive.locations", (d, _) => d.Locations);
        on("__Directive.args", (d, ctx) => d.Arguments.Where(a => IncludeDeprecated(ctx) || a.DeprecationReason is null));
        on("__Directive.isDeprecated", (_, _) => false);
        on("__Directive.deprecationReason", (_, _) => null);
    }

    static string Kind(GraphQLType type) => type switch
    {
        ObjectType => "OBJECT",
        InterfaceType => "INTERFACE",
        UnionType => "UNION",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListType => "LIST",
        NonNullType => "NON_NULL",
        _ => "SCALAR",
    };

    /// <summary>A default value printed as GraphQL (graphql-js <c>astFromValue</c> + <c>print</c>), or null.</summary>
    static string? DefaultValue(InputValue value) =>
        value.HasDefaultValue && AstFromValue.From(value.DefaultValue, value.Type) is { } literal ? Printer.Print(literal) : null;
}
