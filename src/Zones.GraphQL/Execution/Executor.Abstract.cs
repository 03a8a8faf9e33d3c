using System.Collections;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Execution;

/// <summary>
/// Resolving the object type of a value of an interface or union: the type's
/// <see cref="IAbstractType.ResolveType"/>, else the value's <c>__typename</c> entry, else each
/// possible type's <see cref="ObjectType.IsTypeOf"/>; bad answers fail with graphql-js's messages.
/// Spec: https://spec.graphql.org/September2025/#sec-Value-Completion
/// </summary>
public sealed partial class Executor
{
    ObjectType ResolveRuntimeType(NamedType abstractType, ResolveContext field, object value)
    {
        var name = abstractType is IAbstractType { ResolveType: { } resolveType }
            ? resolveType(value, field)
            : DefaultTypeResolver(abstractType, field, value);
        if (name is null)
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.FieldName}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.", field.FieldNodes);
        var runtimeType = _state.Schema.GetType(name)
            ?? throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.", field.FieldNodes);
        if (runtimeType is not ObjectType objectType)
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".", field.FieldNodes);
        if (!_state.Schema.IsSubType(abstractType, objectType))
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", field.FieldNodes);
        return objectType;
    }

    string? DefaultTypeResolver(NamedType abstractType, ResolveContext field, object value)
    {
        if (Typename(value) is { } typename)
            return typename;
        return _state.Schema.GetPossibleTypes(abstractType).FirstOrDefault(t => t.IsTypeOf?.Invoke(value, field) == true)?.Name;
    }

    static string? Typename(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
        IDictionary dictionary => dictionary.Contains("__typename") ? dictionary["__typename"] as string : null,
        _ => null,
    };
}
