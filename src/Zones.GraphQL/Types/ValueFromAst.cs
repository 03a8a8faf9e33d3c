using System.Globalization;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// Coerces a literal to the internal value of an input type (graphql-js <c>valueFromAST</c>):
/// lists become <see cref="List{T}"/>, input objects <see cref="Dictionary{TKey,TValue}"/>. An invalid
/// literal yields no value (<c>false</c>), which is different from <c>null</c>.
/// Spec: https://spec.graphql.org/September2025/#sec-Input-Values
/// </summary>
public static class ValueFromAst
{
    /// <summary>Coerces <paramref name="node"/>; false when it is missing or invalid for the type.</summary>
    public static bool TryCoerce(ValueNode? node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is null)
            return false;
        if (node is VariableNode variable)
            return TryVariable(variable, type, variables, out value);
        if (type is NonNullType nonNull)
            return node is not NullValueNode && TryCoerce(node, nonNull.OfType, variables, out value);
        if (node is NullValueNode)
            return true;
        return type switch
        {
            ListType list => TryList(node, list.OfType, variables, out value),
            InputObjectType input => TryInputObject(node, input, variables, out value),
            LeafType leaf => TryLeaf(node, leaf, variables, out value),
            _ => false,
        };
    }

    static bool TryVariable(VariableNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (variables is null || !variables.TryGetValue(node.Name.Value, out value))
            return false;
        return value is not null || type is not NonNullType;
    }

    static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    static bool TryList(ValueNode node, GraphQLType itemType, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ListValueNode list)
        {
            if (!TryCoerce(node, itemType, variables, out var single))
                return false;
            value = new List<object?> { single };
            return true;
        }
        var items = new List<object?>(list.Values.Count);
        foreach (var itemNode in list.Values)
        {
            if (IsMissingVariable(itemNode, variables))
            {
                if (itemType is NonNullType)
                    return false;
                items.Add(null);
            }
            else if (TryCoerce(itemNode, itemType, variables, out var item))
                items.Add(item);
            else
                return false;
        }
        value = items;
        return true;
    }

    static bool TryInputObject(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode objectNode)
            return false;
        var fieldNodes = new Dictionary<string, ObjectFieldNode>();
        foreach (var fieldNode in objectNode.Fields)
            fieldNodes.TryAdd(fieldNode.Name.Value, fieldNode);
        var coerced = new Dictionary<string, object?>();
        foreach (var field in type.Fields.Values)
        {
            if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                    coerced[field.Name] = field.DefaultValue;
                else if (field.Type is NonNullType)
                    return false;
                continue;
            }
            if (!TryCoerce(fieldNode.Value, field.Type, variables, out var fieldValue))
                return false;
            coerced[field.Name] = fieldValue;
        }
        if (type.IsOneOf && (coerced.Count != 1 || coerced.Values.Single() is null))
            return false;
        value = coerced;
        return true;
    }

    static bool TryLeaf(ValueNode node, LeafType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        try
        {
            value = type.ParseLiteral(node, variables);
            return true;
        }
        catch (GraphQLError)
        {
            value = null;
            return false;
        }
    }

    /// <summary>A literal as a plain value without a type (graphql-js <c>valueFromASTUntyped</c>).</summary>
    public static object? Untyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null) => node switch
    {
        NullValueNode => null,
        IntValueNode n => double.Parse(n.Value, CultureInfo.InvariantCulture),
        FloatValueNode n => double.Parse(n.Value, CultureInfo.InvariantCulture),
        StringValueNode n => n.Value,
        EnumValueNode n => n.Value,
        BooleanValueNode n => n.Value,
        ListValueNode n => n.Values.Select(v => Untyped(v, variables)).ToList(),
        ObjectValueNode n => n.Fields.GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => Untyped(g.Last().Value, variables)),
        VariableNode n => variables?.GetValueOrDefault(n.Name.Value),
        _ => null,
    };
}
