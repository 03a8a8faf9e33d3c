using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation;

/// <summary>
/// Type relations validation needs (graphql-js <c>typeComparators</c> and <c>typeFromAST</c>): whether
/// one type may stand where another is expected, and whether two composite types can share an object.
/// Spec: https://spec.graphql.org/September2025/#sec-Validation
/// </summary>
public static class TypeComparators
{
    /// <summary>graphql-js <c>typeFromAST</c>: the schema type a type reference names, or null when the name is unknown.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    /// <summary>graphql-js <c>isTypeSubTypeOf</c>: whether a value of <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
            return true;
        if (superType is NonNullType superNonNull)
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        if (maybeSubType is NonNullType nonNull)
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        if (superType is ListType superList)
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        if (maybeSubType is ListType)
            return false;
        return IsAbstract(superType) && maybeSubType is ObjectLikeType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>graphql-js <c>doTypesOverlap</c>: whether some object type could be both composite types.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
            return true;
        if (IsAbstract(typeA))
        {
            return IsAbstract(typeB)
                ? schema.GetPossibleTypes(typeA).Any(t => schema.IsSubType(typeB, t))
                : schema.IsSubType(typeA, typeB);
        }
        return IsAbstract(typeB) && schema.IsSubType(typeB, typeA);
    }

    /// <summary>Interfaces and unions.</summary>
    public static bool IsAbstract(GraphQLType? type) => type is InterfaceType or UnionType;

    /// <summary>Objects, interfaces and unions.</summary>
    public static bool IsComposite(GraphQLType? type) => type is ObjectLikeType or UnionType;

    /// <summary>The type without its outer non-null wrapper (graphql-js <c>getNullableType</c>).</summary>
    public static GraphQLType? Nullable(GraphQLType? type) => type is NonNullType nonNull ? nonNull.OfType : type;

}
