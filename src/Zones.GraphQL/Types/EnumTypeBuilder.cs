using System.Text;

namespace Zones.GraphQL.Types;

/// <summary>
/// Declares an enum in code: each value's GraphQL name and the internal value resolvers see
/// (any C# value, typically a C# enum member).
/// Spec: https://spec.graphql.org/September2025/#sec-Enums
/// </summary>
public sealed class EnumTypeBuilder : TypeBuilder
{
    readonly List<EnumValue> _values = [];

    EnumTypeBuilder() : base("")
    {
    }

    internal IReadOnlyList<EnumValue> Values => _values;

    /// <summary>Adds a value; <paramref name="value"/> defaults to the name.</summary>
    public void Value(string name, object? value = null, string? description = null, string? deprecationReason = null) =>
        _values.Add(new EnumValue(name, value) { Description = description, DeprecationReason = deprecationReason });

    internal override IEnumerable<GraphQLType> DeclaredTypes => [];

    internal static EnumTypeBuilder Run(Action<EnumTypeBuilder> define)
    {
        var builder = new EnumTypeBuilder();
        define(builder);
        return builder;
    }

    /// <summary><c>SchoolDistrict</c> → <c>SCHOOL_DISTRICT</c>, the house style for enum values.</summary>
    public static string UpperSnake(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                text.Append('_');
            text.Append(char.ToUpperInvariant(name[i]));
        }
        return text.ToString();
    }
}
