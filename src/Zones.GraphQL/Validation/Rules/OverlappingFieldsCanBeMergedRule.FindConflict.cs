using System.Text;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Whether two fields with the same response name conflict: different fields or arguments (when
/// both could apply to the same object), conflicting return types, or conflicting sub-fields.
/// Spec: https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
/// </summary>
sealed partial class OverlappingFieldsCanBeMergedRule
{
    readonly Dictionary<ValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);

    Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        var (node1, node2) = (field1.Node, field2.Node);
        // Fields on two different object types can never apply to the same object, so only their
        // return types and sub-fields need to agree.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        SpendComplexityBudget(2);
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(field1.Definition?.Type, field2.Definition?.Type)
            && node1.Name.Value == node2.Name.Value)
            return null;
        if (!areMutuallyExclusive && DifferenceReason(field1.Info, field2.Info, node1, node2) is { } reason)
            return new Conflict(responseName, reason, [node1], [node2]);
        if (field1.Definition?.Type is { } type1 && field2.Definition?.Type is { } type2 && DoTypesConflict(type1, type2))
        {
            field1.Info.TypeString ??= type1.ToString();
            field2.Info.TypeString ??= type2.ToString();
            var typeReason = $"they return conflicting types \"{field1.Info.TypeString}\" and \"{field2.Info.TypeString}\"";
            return new Conflict(responseName, typeReason, [node1], [node2]);
        }
        if (node1.SelectionSet is not { } selectionSet1 || node2.SelectionSet is not { } selectionSet2)
            return null;
        var subConflicts = FindConflictsBetweenSubSelectionSets(areMutuallyExclusive, field1.Info.NamedType, selectionSet1,
            field2.Info.NamedType, selectionSet2);
        return SubfieldConflicts(subConflicts, responseName, node1, node2);
    }

    /// <summary>Why two fields that may apply to the same object differ, or null; memoised per pair.</summary>
    string? DifferenceReason(FieldInfo info1, FieldInfo info2, FieldNode node1, FieldNode node2)
    {
        if (info1.Comparisons.TryGetValue(info2, out var reason))
            return reason;
        var (name1, name2) = (node1.Name.Value, node2.Name.Value);
        reason = name1 != name2
            ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
            : SameArguments(info1.Arguments, info2.Arguments) ? null : "they have differing arguments";
        return info1.Comparisons[info2] = reason;
    }

    bool SameArguments(ArgumentInfo? arguments1, ArgumentInfo? arguments2)
    {
        if (arguments1 is null)
            return arguments2 is null;
        if (arguments2 is null || arguments1.Nodes.Count != arguments2.Nodes.Count)
            return false;
        return arguments1.Nodes.All(argument1 =>
        {
            SpendComplexityBudget(1);
            return arguments2.Values.TryGetValue(argument1.Name.Value, out var value2)
                && StringifyValue(argument1.Value) == StringifyValue(value2);
        });
    }

    /// <summary>A canonical text of a value: object fields sorted by name, variables by name, strings with their block flag.</summary>
    string StringifyValue(ValueNode value)
    {
        if (!_stringifiedValues.TryGetValue(value, out var text))
        {
            var builder = new StringBuilder();
            Stringify(value, builder);
            _stringifiedValues[value] = text = builder.ToString();
        }
        return text;
    }

    static void Stringify(ValueNode value, StringBuilder text)
    {
        switch (value)
        {
            case VariableNode variable:
                text.Append("$").Append(Inspect.Quote(variable.Name.Value));
                break;
            case ObjectValueNode objectValue:
                text.Append('{');
                foreach (var field in objectValue.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    text.Append(Inspect.Quote(field.Name.Value)).Append(':');
                    Stringify(field.Value, text);
                    text.Append(',');
                }
                text.Append('}');
                break;
            case ListValueNode list:
                text.Append('[');
                foreach (var item in list.Values)
                {
                    Stringify(item, text);
                    text.Append(',');
                }
                text.Append(']');
                break;
            default:
                text.Append(ScalarText(value));
                break;
        }
    }

    static string ScalarText(ValueNode value) => value switch
    {
        StringValueNode s => (s.Block ? "block" : "string") + Inspect.Quote(s.Value),
        IntValueNode i => "int" + i.Value,
        FloatValueNode f => "float" + f.Value,
        EnumValueNode e => "enum" + e.Value,
        BooleanValueNode b => b.Value ? "true" : "false",
        _ => "null",
    };

    /// <summary>Whether two return types could not both describe one value.</summary>
    bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
            return false;
        SpendComplexityBudget(1);
        if (type1 is ListType list1)
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        if (type2 is ListType)
            return true;
        if (type1 is NonNullType nonNull1)
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        if (type2 is NonNullType)
            return true;
        return type1 is LeafType || type2 is LeafType;
    }

    /// <summary>One conflict for two fields whose sub-fields conflict, naming each sub-conflict.</summary>
    static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
            return null;
        var message = "";
        foreach (var conflict in conflicts)
        {
            message += (message.Length == 0 ? "" : " and ") + $"subfields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}";
            if (message.Length > MaxConflictDetailLength)
                break;
        }
        return new Conflict(responseName, MaybeAbbreviate(message), ConflictNodes(node1, conflicts, c => c.Fields1),
            ConflictNodes(node2, conflicts, c => c.Fields2));
    }

    // Locations start with the enclosing field; the innermost nodes are kept when there are too many.
    static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, List<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            nodes.AddRange(side(conflict).TakeLast(MaxConflictNodes - nodes.Count));
            if (nodes.Count == MaxConflictNodes)
                break;
        }
        return nodes;
    }
}
