using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// An enum type: a leaf type with a closed set of named values (graphql-js <c>GraphQLEnumType</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Enums
/// </summary>
public sealed class EnumType(string name, IEnumerable<EnumValue> values, string? description = null) : LeafType(name, description)
{
    readonly Dictionary<string, EnumValue> _byName = values.ToDictionary(v => v.Name);

    /// <summary>Declares the enum in code: <c>new EnumType("Kind", e => e.Value("PARK", ZoneKind.Park))</c>.</summary>
    public EnumType(string name, Action<EnumTypeBuilder> define)
        : this(name, EnumTypeBuilder.Run(define))
    {
    }

    EnumType(string name, EnumTypeBuilder builder)
        : this(name, builder.Values, builder.TypeDescription)
    {
    }

    /// <summary>An enum whose values are the members of a C# enum, named in UPPER_SNAKE case (<c>SchoolDistrict</c> → <c>SCHOOL_DISTRICT</c>).</summary>
    public static EnumType From<TEnum>(string? name = null, string? description = null) where TEnum : struct, Enum =>
        new(name ?? typeof(TEnum).Name, Enum.GetValues<TEnum>().Select(v => new EnumValue(EnumTypeBuilder.UpperSnake(v.ToString()), v)), description);

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<EnumValue> Values { get; } = values.ToArray();

    /// <summary>The value with this name, or null.</summary>
    public EnumValue? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <inheritdoc />
    public override object? Serialize(object? value) =>
        Values.FirstOrDefault(v => Equals(v.Value, value))?.Name
        ?? ByClrEnumName(value)?.Name
        ?? throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");

    /// <inheritdoc />
    public override object? ParseValue(object? value)
    {
        if (value is not string text)
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {Inspect.Value(value)}." + Suggest(Inspect.Value(value)));
        return GetValue(text) is { } enumValue
            ? enumValue.Value
            : throw new GraphQLError($"Value \"{text}\" does not exist in \"{Name}\" enum." + Suggest(text));
    }

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (node is not EnumValueNode literal)
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {Printer.Print(node)}." + Suggest(Printer.Print(node)), [node]);
        return GetValue(literal.Value) is { } enumValue
            ? enumValue.Value
            : throw new GraphQLError($"Value \"{literal.Value}\" does not exist in \"{Name}\" enum." + Suggest(literal.Value), [node]);
    }

    // A C# enum member returned for an enum built from SDL (whose values are their names) is
    // matched by name, so SDL-first schemas can return C# enums without mapping them.
    EnumValue? ByClrEnumName(object? value) =>
        value is Enum e ? GetValue(EnumTypeBuilder.UpperSnake(e.ToString())) ?? GetValue(e.ToString()) : null;

    /// <summary>graphql-js <c>didYouMeanEnumValue</c>: the closest value names, if any.</summary>
    string Suggest(string unknown) => DidYouMean.Format(DidYouMean.Suggestions(unknown, Values.Select(v => v.Name)), "the enum value");
}
