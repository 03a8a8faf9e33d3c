using Zones.GraphQL.Execution;

namespace Zones.GraphQL.Types;

/// <summary>
/// An interface type, which may itself implement interfaces (graphql-js <c>GraphQLInterfaceType</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Interfaces
/// </summary>
public sealed class InterfaceType(string name, Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null, string? description = null)
    : ObjectLikeType(name, fields, interfaces, description), IAbstractType
{
    /// <summary>Declares the interface in code, like <see cref="ObjectType(string, Action{ObjectTypeBuilder})"/>.</summary>
    public InterfaceType(string name, Action<InterfaceTypeBuilder> define)
        : this(name, InterfaceTypeBuilder.Run(name, define))
    {
    }

    InterfaceType(string name, InterfaceTypeBuilder builder)
        : this(name, builder.BuildFields, builder.BuildInterfaces, builder.TypeDescription)
    {
        ResolveType = builder.ResolveTypeFunction;
        Builder = builder;
    }

    /// <inheritdoc />
    public Func<object?, ResolveContext, string?>? ResolveType { get; set; }
}
