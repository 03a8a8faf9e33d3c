namespace Zones.GraphQL.Types;

/// <summary>
/// Any type of the type system: a named type or a list / non-null wrapper around one
/// (graphql-js <c>GraphQLType</c>). <see cref="ToString"/> gives the SDL notation (<c>[Int!]!</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Types
/// </summary>
public abstract class GraphQLType
{
    /// <summary>The named type at the bottom of any wrappers.</summary>
    public abstract NamedType GetNamedType();

    /// <summary>Whether values of this type may appear as input (scalars, enums, input objects, wrapped).</summary>
    public bool IsInputType => GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Whether values of this type may appear as output (everything but input objects).</summary>
    public bool IsOutputType => GetNamedType() is not InputObjectType;

    /// <summary>The SDL notation of the type.</summary>
    public abstract override string ToString();
}
