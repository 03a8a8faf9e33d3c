using Zones.GraphQL.Execution;

namespace Zones.GraphQL.Types;

/// <summary>
/// An object type (graphql-js <c>GraphQLObjectType</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Objects
/// </summary>
public sealed class ObjectType(string name, Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null, string? description = null)
    : ObjectLikeType(name, fields, interfaces, description)
{
    /// <summary>Declares the type in code: <c>new ObjectType("Zone", t => t.Field("id", "ID!", z => ((Zone)z!).Id))</c>.</summary>
    public ObjectType(string name, Action<ObjectTypeBuilder> define)
        : this(name, ObjectTypeBuilder.Run(name, define))
    {
    }

    ObjectType(string name, ObjectTypeBuilder builder)
        : this(name, builder.BuildFields, builder.BuildInterfaces, builder.TypeDescription)
    {
        IsTypeOf = builder.IsTypeOfFunction;
        Builder = builder;
    }

    /// <summary>
    /// Whether a value belongs to this type; used to resolve abstract types when they have no
    /// <c>ResolveType</c>, and checked before completing an object when set (graphql-js <c>isTypeOf</c>).
    /// </summary>
    public Func<object?, ResolveContext, bool>? IsTypeOf { get; set; }
}
