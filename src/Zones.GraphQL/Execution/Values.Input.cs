using System.Collections;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Execution;

/// <summary>
/// Input coercion of runtime values (decoded JSON: dictionaries, lists, strings, numbers, booleans,
/// null) to internal values, reporting each problem with its path (graphql-js <c>coerceInputValue</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Input-Values
/// </summary>
public static partial class Values
{
    /// <summary>Reports an invalid value: its path inside the variable, the value, and why.</summary>
    public delegate void InputError(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

    /// <summary>Coerces <paramref name="value"/> to <paramref name="type"/>; problems go to <paramref name="onError"/>.</summary>
    public static object? CoerceInputValue(object? value, GraphQLType type, InputError onError) =>
        Coerce(value, type, onError, []);

    static object? Coerce(object? value, GraphQLType type, InputError onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
                return Coerce(value, nonNull.OfType, onError, path);
            onError([.. path], value, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }
        if (value is null)
            return null;
        return type switch
        {
            ListType list => CoerceList(value, list.OfType, onError, path),
            InputObjectType input => CoerceInputObject(value, input, onError, path),
            LeafType leaf => CoerceLeaf(value, leaf, onError, path),
            _ => throw new ArgumentException($"Unexpected input type: {type}.", nameof(type)),
        };
    }

    /// <summary>Lists, arrays and other enumerables (not strings or dictionaries), like JavaScript iterables.</summary>
    internal static bool IsList(object value) => value is IEnumerable and not string and not IDictionary
        and not IReadOnlyDictionary<string, object?>;

    static object? CoerceList(object value, GraphQLType itemType, InputError onError, List<object> path)
    {
        if (!IsList(value))
            return new List<object?> { Coerce(value, itemType, onError, path) };
        var items = new List<object?>();
        foreach (var item in (IEnumerable)value)
            items.Add(Coerce(item, itemType, onError, [.. path, items.Count]));
        return items;
    }

    static object? CoerceInputObject(object value, InputObjectType type, InputError onError, List<object> path)
    {
        if (AsObject(value) is not { } fields)
        {
            onError([.. path], value, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return null;
        }
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (fields.TryGetValue(field.Name, out var fieldValue))
                coerced[field.Name] = Coerce(fieldValue, field.Type, onError, [.. path, field.Name]);
            else if (field.HasDefaultValue)
                coerced[field.Name] = field.DefaultValue;
            else if (field.Type is NonNullType)
                onError([.. path], value, new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
        }
        foreach (var name in fields.Keys.Where(name => !type.Fields.ContainsKey(name)))
        {
            var suggestions = DidYouMean.Suggestions(name, type.Fields.Keys);
            onError([.. path], value, new GraphQLError($"Field \"{name}\" is not defined by type \"{type.Name}\"." + DidYouMean.Format(suggestions)));
        }
        if (type.IsOneOf)
            CheckOneOf(coerced, type, value, onError, path);
        return coerced;
    }

    static void CheckOneOf(Dictionary<string, object?> coerced, InputObjectType type, object value, InputError onError, List<object> path)
    {
        if (coerced.Count != 1)
            onError([.. path], value, new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
        var first = coerced.FirstOrDefault();
        if (coerced.Count > 0 && first.Value is null)
            onError([.. path, first.Key], null, new GraphQLError($"Field \"{first.Key}\" must be non-null."));
    }

    /// <summary>A runtime value as a map of fields, or null when it is not an object.</summary>
    internal static IReadOnlyDictionary<string, object?>? AsObject(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary dictionary => dictionary.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => dictionary[k]),
        _ => null,
    };

    static object? CoerceLeaf(object value, LeafType type, InputError onError, List<object> path)
    {
        object? result;
        try
        {
            result = type.ParseValue(value);
        }
        catch (GraphQLError error)
        {
            onError([.. path], value, error);
            return null;
        }
        catch (Exception error) when (error is FormatException or InvalidCastException or ArgumentException or OverflowException)
        {
            onError([.. path], value, new GraphQLError($"Expected type \"{type.Name}\". {error.Message}", originalError: error));
            return null;
        }
        if (result is null)
            onError([.. path], value, new GraphQLError($"Expected type \"{type.Name}\"."));
        return result;
    }
}
