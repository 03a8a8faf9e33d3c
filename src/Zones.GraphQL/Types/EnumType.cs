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

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<EnumValue> Values { get; } = values.ToArray();

    /// <summary>The value with this name, or null.</summary>
    public EnumValue? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <inheritdoc />
    public override object? Serialize(object? value) =>
        Values.FirstOrDefault(v => Equals(v.Value, value))?.Name
        ?? throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");

    /// <inheritdoc />
    public override object? ParseValue(object? value)
    {
        if (value is not string text)
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {Inspect.Value(value)}.");
        return GetValue(text) is { } enumValue
            ? enumValue.Value
            : throw new GraphQLError($"Value \"{text}\" does not exist in \"{Name}\" enum.");
    }

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (node is not EnumValueNode literal)
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {Printer.Print(node)}.", [node]);
        return GetValue(literal.Value) is { } enumValue
            ? enumValue.Value
            : throw new GraphQLError($"Value \"{literal.Value}\" does not exist in \"{Name}\" enum.", [node]);
    }
}
