namespace Zones.GraphQL.Types;

/// <summary>
/// An interface type, which may itself implement interfaces (graphql-js <c>GraphQLInterfaceType</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Interfaces
/// </summary>
public sealed class InterfaceType(string name, Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null, string? description = null)
    : ObjectLikeType(name, fields, interfaces, description);
