using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation;

/// <summary>
/// Fragment and variable lookups of a <see cref="ValidationContext"/>, each computed once per
/// document (graphql-js <c>ASTValidationContext</c>), with graphql-js's work budget so that a
/// document built to explode fragment expansion aborts validation instead of running for ages.
/// Spec: https://spec.graphql.org/September2025/#sec-Validation.Fragments
/// </summary>
public sealed partial class ValidationContext
{
    const int FragmentWorkBudget = 50_000;

    // Nodes are records with structural equality; caches must key on the node instance.
    readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<string, List<FragmentDefinitionNode>> _recursivelyReferencedFragments = new(StringComparer.Ordinal);
    readonly Dictionary<Node, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<object, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    Dictionary<string, FragmentDefinitionNode>? _fragments;
    int _remainingFragmentWork = FragmentWorkBudget;

    /// <summary>The fragment definition with this name (the last one when the name repeats), or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var fragment in Document.Definitions.OfType<FragmentDefinitionNode>())
                _fragments[fragment.Name.Value] = fragment;
        }
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere inside a selection set, not following them into fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads))
            return spreads;
        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>([selectionSet]);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                if (selection is FragmentSpreadNode spread)
                    spreads.Add(spread);
                else if (SelectionSetOf(selection) is { } inner)
                    setsToVisit.Push(inner);
            }
        }
        return _fragmentSpreads[selectionSet] = spreads;
    }

    static SelectionSetNode? SelectionSetOf(SelectionNode selection) => selection switch
    {
        FieldNode field => field.SelectionSet,
        InlineFragmentNode inline => inline.SelectionSet,
        _ => null,
    };

    /// <summary>Every fragment an operation uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragments([operation]);

    /// <summary>Every fragment the operations use, in graphql-js's discovery order.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        // Names are read by index while the list grows, like a JS Set iterated while adding.
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spread in operations.SelectMany(o => GetFragmentSpreads(o.SelectionSet)).Where(s => seen.Add(s.Name.Value)))
            names.Add(spread.Name.Value);
        var key = string.Join(",", names.Order(StringComparer.Ordinal));
        if (_recursivelyReferencedFragments.TryGetValue(key, out var fragments))
            return fragments;
        fragments = [];
        SpendFragmentWork(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
                continue;
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            names.AddRange(spreads.Select(s => s.Name.Value).Where(seen.Add));
        }
        return _recursivelyReferencedFragments[key] = fragments;
    }

    /// <summary>Charges fragment work against the document's budget; aborts validation when it runs out.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
            throw new ValidationAbortedException(ValidationAbortedException.WorkLimitError());
    }

    /// <summary>The variables used in an operation or fragment (not in variable definitions), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(Node operationOrFragment)
    {
        if (_variableUsages.TryGetValue(operationOrFragment, out var usages))
            return usages;
        var collector = new VariableUsageCollector(Schema);
        AstWalker.Walk(operationOrFragment, collector);
        return _variableUsages[operationOrFragment] = collector.Usages;
    }

    /// <summary>The variables used in an operation and in every fragment it uses.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages))
            return usages;
        var fragments = GetRecursivelyReferencedFragments(operation);
        if (!_recursiveVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }
            _recursiveVariableUsages[fragments] = fragmentUsages;
        }
        SpendFragmentWork(fragmentUsages.Count);
        return _recursiveVariableUsages[operation] = [.. GetVariableUsages(operation), .. fragmentUsages];
    }
}
