namespace Zones.GraphQL.Types;

/// <summary>
/// A type whose values are never null (graphql-js <c>GraphQLNonNull</c>); it never wraps another
/// non-null type.
/// Spec: https://spec.graphql.org/September2025/#sec-Non-Null
/// </summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Wraps a nullable type.</summary>
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        OfType = ofType;
    }

    /// <summary>The nullable type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc />
    public override string ToString() => $"{OfType}!";
}
