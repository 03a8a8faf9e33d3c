namespace Zones.GraphQL.Types;

/// <summary>
/// A list of values of another type (graphql-js <c>GraphQLList</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-List
/// </summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; } = ofType;

    /// <inheritdoc />
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc />
    public override string ToString() => $"[{OfType}]";
}
