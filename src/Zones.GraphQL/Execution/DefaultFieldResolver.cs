using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace Zones.GraphQL.Execution;

/// <summary>
/// The resolver of fields without one (graphql-js <c>defaultFieldResolver</c>): the parent's
/// dictionary entry named like the field, or its public property of that name (first letter
/// either case: <c>id</c> reads <c>Id</c>), so plain objects, records and decoded JSON all work.
/// Spec: https://spec.graphql.org/September2025/#sec-Value-Resolution
/// </summary>
public static class DefaultFieldResolver
{
    static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    /// <summary>Reads the field from the source value; null when there is nothing to read.</summary>
    public static ValueTask<object?> Resolve(ResolveContext context) => new(Read(context.Source, context.FieldName));

    /// <summary>The member named <paramref name="name"/> of a dictionary or object, or null.</summary>
    public static object? Read(object? source, string name) => source switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(name),
        IDictionary dictionary => dictionary.Contains(name) ? dictionary[name] : null,
        _ => Property(source.GetType(), name)?.GetValue(source),
    };

    static PropertyInfo? Property(Type type, string name) =>
        Properties.GetOrAdd((type, name), static key =>
            key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance)
            ?? key.Item1.GetProperty(char.ToUpperInvariant(key.Item2[0]) + key.Item2[1..], BindingFlags.Public | BindingFlags.Instance));
}
