using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
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
    // One compiled getter per (type, field name): this runs for most fields of most objects, and
    // PropertyInfo.GetValue costs several times a delegate call. Null: no such property.
    static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    /// <summary>Reads the field from the source value; null when there is nothing to read.</summary>
    public static ValueTask<object?> Resolve(ResolveContext context)
    {
        if (context.Source is not { } source)
            return default;
        // Same result as Read, but the dictionary tests and the getter lookup are done once per
        // (field, source type) instead of once per field per object.
        var field = context.FieldDefinition;
        var type = source.GetType();
        if (field.DefaultReader is not Reader reader || reader.Type != type)
            field.DefaultReader = reader = new Reader(type, ReaderFor(type, field.Name));
        return new(reader.Read(source));
    }

    sealed record Reader(Type Type, Func<object, object?> Read);

    static Func<object, object?> ReaderFor(Type type, string name)
    {
        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type))
            return source => ((IReadOnlyDictionary<string, object?>)source).GetValueOrDefault(name);
        if (typeof(IDictionary).IsAssignableFrom(type))
            return source => source is IDictionary dictionary && dictionary.Contains(name) ? dictionary[name] : null;
        return Getter(type, name) ?? (static _ => null);
    }

    /// <summary>The member named <paramref name="name"/> of a dictionary or object, or null.</summary>
    public static object? Read(object? source, string name) => source switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(name),
        IDictionary dictionary => dictionary.Contains(name) ? dictionary[name] : null,
        _ => Getter(source.GetType(), name)?.Invoke(source),
    };

    static Func<object, object?>? Getter(Type type, string name) =>
        Getters.GetOrAdd((type, name), static key => Compile(Property(key.Item1, key.Item2)));

    static PropertyInfo? Property(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
        ?? type.GetProperty(char.ToUpperInvariant(name[0]) + name[1..], BindingFlags.Public | BindingFlags.Instance);

    static Func<object, object?>? Compile(PropertyInfo? property)
    {
        if (property is null)
            return null;
        var reflective = (Func<object, object?>)property.GetValue;
        // Indexers, write-only, by-ref and span-like properties keep reflection's behaviour (and its errors).
        if (property.GetMethod is not { } getter || property.GetIndexParameters().Length > 0
            || property.PropertyType.IsByRef || property.PropertyType.IsByRefLike || getter.ContainsGenericParameters)
            return reflective;
        try
        {
            var source = Expression.Parameter(typeof(object), "source");
            var read = Expression.Property(Expression.Convert(source, property.DeclaringType!), property);
            var compiled = Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
            return value =>
            {
                try
                {
                    return compiled(value);
                }
                catch (Exception error)
                {
                    // PropertyInfo.GetValue wraps a getter's exception; keep the same error (and message).
                    throw new TargetInvocationException(error);
                }
            };
        }
        catch (Exception)
        {
            return reflective;
        }
    }
}
