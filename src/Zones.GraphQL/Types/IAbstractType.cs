using Zones.GraphQL.Execution;

namespace Zones.GraphQL.Types;

/// <summary>
/// An interface or union: a type whose values are of one of several object types at runtime
/// (graphql-js <c>GraphQLAbstractType</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Interfaces
/// </summary>
public interface IAbstractType
{
    /// <summary>The type's name.</summary>
    string Name { get; }

    /// <summary>
    /// Returns the name of the object type of a value; when null, the executor uses the value's
    /// <c>__typename</c> entry, then each possible type's <see cref="ObjectType.IsTypeOf"/>.
    /// </summary>
    Func<object?, ResolveContext, string?>? ResolveType { get; set; }
}
