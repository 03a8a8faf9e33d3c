using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Comparing collections of fields with fragments, fragments with fragments and sub-selections
/// with sub-selections; each comparison is memoised so no pair is compared twice.
/// Spec: https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
/// </summary>
sealed partial class OverlappingFieldsCanBeMergedRule
{
    // Fragment pairs already compared, with whether the comparison was mutually exclusive.
    readonly Dictionary<string, Dictionary<string, bool>> _comparedFragmentPairs = new(StringComparer.Ordinal);

    /// <summary>Conflicts between a collection of fields and a fragment, including fragments it spreads.</summary>
    void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, CollectFieldsResult fields,
        string fragmentName)
    {
        SpendComplexityBudget(1);
        if (fields.GroupedFieldSet.Count == 0)
            return;
        // Only a comparison that was not mutually exclusive can be reused for overlapping parents.
        if (fields.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || areMutuallyExclusive))
            return;
        fields.ComparedFragments[fragmentName] = areMutuallyExclusive;
        if (Context.GetFragment(fragmentName) is not { } fragment)
            return;
        var fragmentFields = CollectFragmentFields(fragment);
        if (ReferenceEquals(fields, fragmentFields))
            return;
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields, fragmentFields);
        foreach (var referencedFragmentName in fragmentFields.FragmentNames)
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields, referencedFragmentName);
    }

    /// <summary>Conflicts between two fragments, including fragments either spreads.</summary>
    void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        SpendComplexityBudget(2);
        if (fragmentName1 == fragmentName2 || HasComparedPair(fragmentName1, fragmentName2, areMutuallyExclusive))
            return;
        AddComparedPair(fragmentName1, fragmentName2, areMutuallyExclusive);
        if (Context.GetFragment(fragmentName1) is not { } fragment1 || Context.GetFragment(fragmentName2) is not { } fragment2)
            return;
        var fields1 = CollectFragmentFields(fragment1);
        var fields2 = CollectFragmentFields(fragment2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var referencedFragmentName2 in fields2.FragmentNames)
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referencedFragmentName2);
        foreach (var referencedFragmentName1 in fields1.FragmentNames)
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referencedFragmentName1, fragmentName2);
    }

    /// <summary>Conflicts between the sub-selections of two fields that share a response name.</summary>
    List<Conflict> FindConflictsBetweenSubSelectionSets(bool areMutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1,
        NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var fields1 = CollectFields(parentType1, selectionSet1);
        var fields2 = CollectFields(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var fragmentName2 in fields2.FragmentNames)
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, fragmentName2);
        foreach (var fragmentName1 in fields1.FragmentNames)
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, fragmentName1);
        foreach (var fragmentName1 in fields1.FragmentNames)
        {
            foreach (var fragmentName2 in fields2.FragmentNames)
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
        }
        return conflicts;
    }

    /// <summary>Conflicts between two collections of fields: each pair of fields that share a response name.</summary>
    void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectFieldsResult fields1,
        CollectFieldsResult fields2)
    {
        if (fields1.GroupedFieldSet.Count == 0 || fields2.GroupedFieldSet.Count == 0)
            return;
        foreach (var (responseName, overlapping1, overlapping2) in OverlappingFields(fields1, fields2))
        {
            foreach (var field1 in overlapping1)
            {
                foreach (var field2 in overlapping2)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                        conflicts.Add(conflict);
                }
            }
        }
    }

    /// <summary>The response names two collections share, computed once per pair of collections.</summary>
    List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> OverlappingFields(CollectFieldsResult fields1,
        CollectFieldsResult fields2)
    {
        if (fields1.OverlappingFields.TryGetValue(fields2, out var cached))
            return cached;
        var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseName, list1) in fields1.GroupedFieldSet)
        {
            SpendComplexityBudget(1);
            if (fields2.GroupedFieldSet.TryGetValue(responseName, out var list2))
                overlapping.Add((responseName, list1, list2));
        }
        return fields1.OverlappingFields[fields2] = overlapping;
    }

    // A mutually exclusive query finds any earlier comparison; an overlapping one only an overlapping one.
    bool HasComparedPair(string a, string b, bool areMutuallyExclusive) =>
        HasComparedPairInOrder(a, b, areMutuallyExclusive) || HasComparedPairInOrder(b, a, areMutuallyExclusive);

    bool HasComparedPairInOrder(string a, string b, bool areMutuallyExclusive) =>
        _comparedFragmentPairs.TryGetValue(a, out var map) && map.TryGetValue(b, out var stored) && (areMutuallyExclusive || !stored);

    void AddComparedPair(string a, string b, bool areMutuallyExclusive)
    {
        if (!_comparedFragmentPairs.TryGetValue(a, out var map))
            _comparedFragmentPairs[a] = map = new Dictionary<string, bool>(StringComparer.Ordinal);
        map[b] = areMutuallyExclusive;
    }
}
