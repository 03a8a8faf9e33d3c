using System.Globalization;
using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// The five built-in scalars with graphql-js's coercion rules and error messages. Int coerces to
/// <see cref="int"/>, Float to <see cref="double"/>, ID to <see cref="string"/>.
/// Spec: https://spec.graphql.org/September2025/#sec-Scalars.Built-in-Scalars
/// </summary>
public static class Scalars
{
    const double MaxInt = int.MaxValue;
    const double MinInt = int.MinValue;

    /// <summary>Int: a signed 32-bit integer.</summary>
    public static ScalarType Int { get; } = new("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
        SerializeWith = SerializeInt,
        ParseValueWith = ParseIntValue,
        ParseLiteralWith = (node, _) => ParseIntLiteral(node),
    };

    /// <summary>Float: a double-precision number.</summary>
    public static ScalarType Float { get; } = new("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
        SerializeWith = SerializeFloat,
        ParseValueWith = value => IsFinite(value) ? Inspect.ToDouble(value!) : throw Error($"Float cannot represent non numeric value: {Inspect.Value(value)}"),
        ParseLiteralWith = (node, _) => node switch
        {
            IntValueNode i => ParseNumber(i.Value),
            FloatValueNode f => ParseNumber(f.Value),
            _ => throw Error($"Float cannot represent non numeric value: {Printer.Print(node)}", node),
        },
    };

    /// <summary>String: UTF-16 text.</summary>
    public static ScalarType String { get; } = new("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
        SerializeWith = SerializeString,
        ParseValueWith = value => value is string ? value : throw Error($"String cannot represent a non string value: {Inspect.Value(value)}"),
        ParseLiteralWith = (node, _) => node is StringValueNode s ? s.Value : throw Error($"String cannot represent a non string value: {Printer.Print(node)}", node),
    };

    /// <summary>Boolean: true or false.</summary>
    public static ScalarType Boolean { get; } = new("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
        SerializeWith = value => value is bool ? value : IsFinite(value) ? Inspect.ToDouble(value!) != 0
            : throw Error($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}"),
        ParseValueWith = value => value is bool ? value : throw Error($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}"),
        ParseLiteralWith = (node, _) => node is BooleanValueNode b ? b.Value : throw Error($"Boolean cannot represent a non boolean value: {Printer.Print(node)}", node),
    };

    /// <summary>ID: a string or integer identifier, always serialised as a string.</summary>
    public static ScalarType ID { get; } = new("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
        SerializeWith = value => value is string ? value : IsInteger(value) ? Inspect.Number(Inspect.ToDouble(value!)) : throw Error($"ID cannot represent value: {Inspect.Value(value)}"),
        ParseValueWith = value => value is string ? value : IsInteger(value) ? Inspect.Number(Inspect.ToDouble(value!)) : throw Error($"ID cannot represent value: {Inspect.Value(value)}"),
        ParseLiteralWith = (node, _) => node switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw Error($"ID cannot represent a non-string and non-integer value: {Printer.Print(node)}", node),
        },
    };

    /// <summary>The built-in scalars in graphql-js order.</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>Whether a type is one of the built-in scalars (by name, as graphql-js checks).</summary>
    public static bool IsSpecified(NamedType type) => Specified.Any(s => s.Name == type.Name);

    static GraphQLError Error(string message, Node? node = null) => new(message, node is null ? null : [node]);

    static bool IsFinite(object? value) => Inspect.IsNumber(value) && double.IsFinite(Inspect.ToDouble(value!));

    static bool IsInteger(object? value) => IsFinite(value) && Math.Floor(Inspect.ToDouble(value!)) == Inspect.ToDouble(value!);

    static double ParseNumber(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>JavaScript <c>Number(string)</c> for the common decimal forms; NaN otherwise.</summary>
    static object NumberFromString(string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.NaN;

    /// <summary>Booleans become 1/0 and non-empty strings are read as numbers before checking.</summary>
    static object? AsNumber(object? value) => value switch
    {
        bool b => b ? 1 : 0,
        string { Length: > 0 } s => NumberFromString(s),
        _ => value,
    };

    static object? SerializeInt(object? value)
    {
        var number = AsNumber(value);
        if (!IsInteger(number))
            throw Error($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        var d = Inspect.ToDouble(number!);
        if (d > MaxInt || d < MinInt)
            throw Error($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
        return (int)d;
    }

    static object? ParseIntValue(object? value)
    {
        if (!IsInteger(value))
            throw Error($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        var d = Inspect.ToDouble(value!);
        if (d > MaxInt || d < MinInt)
            throw Error($"Int cannot represent non 32-bit signed integer value: {Inspect.Number(d)}");
        return (int)d;
    }

    static object? ParseIntLiteral(ValueNode node)
    {
        if (node is not IntValueNode literal)
            throw Error($"Int cannot represent non-integer value: {Printer.Print(node)}", node);
        var d = ParseNumber(literal.Value);
        if (d > MaxInt || d < MinInt)
            throw Error($"Int cannot represent non 32-bit signed integer value: {literal.Value}", node);
        return (int)d;
    }

    static object? SerializeFloat(object? value)
    {
        var number = AsNumber(value);
        return IsFinite(number) ? Inspect.ToDouble(number!) : throw Error($"Float cannot represent non numeric value: {Inspect.Value(value)}");
    }

    static object? SerializeString(object? value) => value switch
    {
        string => value,
        bool b => b ? "true" : "false",
        _ when IsFinite(value) => Inspect.Number(Inspect.ToDouble(value!)),
        _ => throw Error($"String cannot represent value: {Inspect.Value(value)}"),
    };
}
