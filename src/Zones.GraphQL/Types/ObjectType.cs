namespace Zones.GraphQL.Types;

/// <summary>
/// An object type (graphql-js <c>GraphQLObjectType</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Objects
/// </summary>
public sealed class ObjectType(string name, Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null, string? description = null)
    : ObjectLikeType(name, fields, interfaces, description);
