using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Field selection merging: fields that share a response name in a selection set, including
/// those brought in by fragments, must be the same field with the same arguments (unless their
/// parent types can never coincide), have compatible return types, and merge recursively. A port
/// of graphql-js 16.15's algorithm, with its caches (collected fields per selection set and type,
/// compared fragment pairs, compared field pairs, printed argument values) and its work budget.
/// Spec: https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
/// </summary>
/// <remarks>
/// The parts: <c>.Conflicts.cs</c> walks selection sets and fragments pairwise, <c>.FindConflict.cs</c>
/// compares two fields, <c>.CollectFields.cs</c> groups fields by response name.
/// </remarks>
sealed partial class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    const int MaxConflictDetailLength = 1000;
    const int MaxConflictNodes = 20;
    const int MaxComplexityBudget = 500_000;

    int _remainingComplexityBudget = MaxComplexityBudget;

    public override VisitorAction EnterSelectionSet(SelectionSetNode node)
    {
        // An inline fragment's fields are compared as part of the enclosing selection set.
        if (Ancestors.Count > 0 && Ancestors[^1] is InlineFragmentNode)
            return VisitorAction.Continue;
        if (node.Selections.Count <= 1 && node.Selections.FirstOrDefault() is not InlineFragmentNode)
            return VisitorAction.Continue;
        foreach (var conflict in FindConflictsWithinSelectionSet(Context.ParentType, node))
        {
            Context.ReportError(
                $"Fields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }
        return VisitorAction.Continue;
    }

    /// <summary>Two fields (and the sub-fields that made them conflict) that cannot share a response name.</summary>
    sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    /// <summary>Meters work that can grow through repeated comparisons; aborts validation when spent.</summary>
    void SpendComplexityBudget(int cost)
    {
        _remainingComplexityBudget -= cost;
        if (_remainingComplexityBudget < 0)
            throw new ValidationAbortedException(ValidationAbortedException.WorkLimitError());
    }

    /// <summary>All conflicts among the fields of one selection set and the fragments it spreads.</summary>
    List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var fields = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, fields.GroupedFieldSet);
        // A fragment is compared only with fields or with another spread.
        if (fields.FragmentNames.Count == 0 || (fields.GroupedFieldSet.Count == 0 && fields.FragmentNames.Count <= 1))
            return conflicts;
        for (var i = 0; i < fields.FragmentNames.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, fields.FragmentNames[i]);
            for (var j = i + 1; j < fields.FragmentNames.Count; j++)
                CollectConflictsBetweenFragments(conflicts, false, fields.FragmentNames[i], fields.FragmentNames[j]);
        }
        return conflicts;
    }

    /// <summary>Conflicts among fields that share a response name within one collection.</summary>
    void CollectConflictsWithin(List<Conflict> conflicts, OrderedDictionary<string, List<FieldDetails>> groupedFieldSet)
    {
        foreach (var (responseName, fields) in groupedFieldSet)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                        conflicts.Add(conflict);
                }
            }
        }
    }
}
