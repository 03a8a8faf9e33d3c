using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// Turns an internal value back into a literal of an input type (graphql-js <c>astFromValue</c>),
/// used to print default values. Numbers print the JavaScript way: <c>1.0</c> becomes <c>1</c>.
/// Spec: https://spec.graphql.org/September2025/#sec-Input-Values
/// </summary>
public static class AstFromValue
{
    /// <summary>The literal for <paramref name="value"/>, or null when there is none (a null for a non-null type).</summary>
    public static ValueNode? From(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
            return From(value, nonNull.OfType) is { } inner and not NullValueNode ? inner : null;
        if (value is null)
            return new NullValueNode();
        return type switch
        {
            ListType list => FromList(value, list.OfType),
            InputObjectType input => FromInputObject(value, input),
            LeafType leaf => FromLeaf(leaf.Serialize(value), leaf),
            _ => null,
        };
    }

    static ValueNode? FromList(object value, GraphQLType itemType)
    {
        if (value is string || value is not System.Collections.IEnumerable items)
            return From(value, itemType);
        var nodes = items.Cast<object?>().Select(item => From(item, itemType)).OfType<ValueNode>().ToArray();
        return new ListValueNode(NodeList.Create<ValueNode>(nodes));
    }

    static ValueNode? FromInputObject(object value, InputObjectType type)
    {
        if (value is not IReadOnlyDictionary<string, object?> fields)
            return null;
        var nodes = new List<ObjectFieldNode>();
        foreach (var field in type.Fields.Values)
        {
            if (fields.TryGetValue(field.Name, out var fieldValue) && From(fieldValue, field.Type) is { } node)
                nodes.Add(new ObjectFieldNode(new NameNode(field.Name), node));
        }
        return new ObjectValueNode(NodeList.Create<ObjectFieldNode>([.. nodes]));
    }

    static ValueNode? FromLeaf(object? serialized, LeafType type) => serialized switch
    {
        null => null,
        bool b => new BooleanValueNode(b),
        string s when type is EnumType => new EnumValueNode(s),
        string s when type == Scalars.ID && IsIntegerString(s) => new IntValueNode(s),
        string s => new StringValueNode(s),
        _ when Inspect.IsNumber(serialized) && double.IsFinite(Inspect.ToDouble(serialized)) => Number(Inspect.Number(Inspect.ToDouble(serialized))),
        _ => throw new InvalidOperationException($"Cannot convert value to AST: {Inspect.Value(serialized)}."),
    };

    static ValueNode Number(string text) => IsIntegerString(text) ? new IntValueNode(text) : new FloatValueNode(text);

    /// <summary>/^-?(?:0|[1-9][0-9]*)$/</summary>
    static bool IsIntegerString(string text)
    {
        var digits = text.StartsWith('-') ? text[1..] : text;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) && (digits == "0" || digits[0] != '0');
    }
}
