using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Field selections: every selected field is defined on the type it is selected on. The error
/// suggests types to fragment on that do have the field, or else similarly named fields.
/// Spec: https://spec.graphql.org/September2025/#sec-Field-Selections
/// </summary>
sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    public override VisitorAction EnterField(FieldNode node)
    {
        if (Context.ParentType is not { } type || Context.FieldDef is not null)
            return VisitorAction.Continue;
        var fieldName = node.Name.Value;
        var suggestion = DidYouMean.Format(Context.HideSuggestions ? [] : SuggestedTypeNames(type, fieldName), "to use an inline fragment on");
        if (suggestion.Length == 0)
            suggestion = DidYouMean.Format(SuggestedFieldNames(type, fieldName));
        Context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
        return VisitorAction.Continue;
    }

    /// <summary>Types of the abstract type that define the field, the most used (and super types) first.</summary>
    List<string> SuggestedTypeNames(NamedType type, string fieldName)
    {
        if (!TypeComparators.IsAbstract(type))
            return [];
        var schema = Context.Schema;
        var suggested = new List<ObjectLikeType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type).Where(t => t.Fields.ContainsKey(fieldName)))
        {
            Count(possibleType, suggested, usageCount);
            foreach (var possibleInterface in possibleType.Interfaces.Where(i => i.Fields.ContainsKey(fieldName)))
                Count(possibleInterface, suggested, usageCount);
        }
        return suggested.OrderBy(t => t, Comparer<ObjectLikeType>.Create((a, b) =>
        {
            var usageDifference = usageCount[b.Name] - usageCount[a.Name];
            if (usageDifference != 0)
                return usageDifference;
            if (a is InterfaceType && schema.IsSubType(a, b))
                return -1;
            if (b is InterfaceType && schema.IsSubType(b, a))
                return 1;
            return NaturalCompare(a.Name, b.Name);
        })).Select(t => t.Name).ToList();
    }

    static void Count(ObjectLikeType type, List<ObjectLikeType> suggested, Dictionary<string, int> usageCount)
    {
        if (!suggested.Contains(type))
            suggested.Add(type);
        usageCount[type.Name] = type is ObjectType ? 1 : usageCount.GetValueOrDefault(type.Name) + 1;
    }

    /// <summary>graphql-js <c>naturalCompare</c>: digit runs compare by value; a run stops after a leading zero.</summary>
    static int NaturalCompare(string a, string b)
    {
        var (i, j) = (0, 0);
        while (i < a.Length && j < b.Length)
        {
            if (!char.IsAsciiDigit(a[i]) || !char.IsAsciiDigit(b[j]))
            {
                if (a[i] != b[j])
                    return a[i] < b[j] ? -1 : 1;
                (i, j) = (i + 1, j + 1);
                continue;
            }
            var (x, y) = (DigitRun(a, ref i), DigitRun(b, ref j));
            if (x != y)
                return x < y ? -1 : 1;
        }
        return a.Length - b.Length;
    }

    static double DigitRun(string text, ref int index)
    {
        double value = 0;
        do
            value = value * 10 + (text[index++] - '0');
        while (index < text.Length && char.IsAsciiDigit(text[index]) && value > 0);
        return value;
    }

    IReadOnlyList<string> SuggestedFieldNames(NamedType type, string fieldName) =>
        type is ObjectLikeType objectLike ? Context.SuggestionList(fieldName, objectLike.Fields.Keys) : [];
}
