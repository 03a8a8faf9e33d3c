namespace Zones.GraphQL.Types;

/// <summary>
/// The default value of an argument or input field in the code-first API: unset (<c>default</c>),
/// or an internal value given directly (<c>50</c>, <c>"WGS84"</c>, <c>true</c>, a C# enum member) or
/// through <see cref="Of"/> (lists, dictionaries) and <see cref="Null"/> (an explicit null default).
/// Spec: https://spec.graphql.org/September2025/#sec-Field-Arguments
/// </summary>
public readonly struct Default
{
    Default(object? value) => (IsSet, Value) = (true, value);

    /// <summary>Whether a default was given.</summary>
    public bool IsSet { get; }

    /// <summary>The internal value, meaningful when <see cref="IsSet"/>.</summary>
    public object? Value { get; }

    /// <summary>A default of null (different from no default).</summary>
    public static Default Null => new(null);

    /// <summary>Any internal value: a list as <c>List&lt;object?&gt;</c>, an input object as <c>Dictionary&lt;string, object?&gt;</c>.</summary>
    public static Default Of(object? value) => new(value);

#pragma warning disable CS1591 // The conversions are what the summary above describes.
    public static implicit operator Default(string value) => new(value);
    public static implicit operator Default(int value) => new(value);
    public static implicit operator Default(long value) => new(value);
    public static implicit operator Default(double value) => new(value);
    public static implicit operator Default(bool value) => new(value);
    public static implicit operator Default(Enum value) => new(value);
#pragma warning restore CS1591
}
