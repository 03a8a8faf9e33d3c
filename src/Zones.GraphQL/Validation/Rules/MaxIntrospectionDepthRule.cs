using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Limits how deeply an introspection query nests the list fields <c>fields</c>,
/// <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> (three levels), so a small query
/// cannot ask for an exponentially large answer. graphql-js 16 runs it with the specified rules.
/// Spec: https://spec.graphql.org/September2025/#sec-Schema-Introspection
/// </summary>
sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationRule(context)
{
    const int MaxListsDepth = 3;

    // Per fragment, shared across root checks: the greatest entry depth (list depth before the
    // fragment) at which a check finished under the limit, and the smallest at which it reached it.
    readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

    public override VisitorAction EnterField(FieldNode node)
    {
        if (node.Name.Value is not ("__schema" or "__type"))
            return VisitorAction.Continue;
        if (!IsTooDeep(node, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            return VisitorAction.Continue;
        Context.ReportError("Maximum introspection depth exceeded", node);
        return VisitorAction.Skip;
    }

    /// <param name="node">A field, inline fragment, fragment spread or fragment definition.</param>
    /// <param name="visitedFragments">Per fragment, the greatest entry depth visited in this root check, including visits in progress.</param>
    /// <param name="depth">The number of introspection list fields above the node.</param>
    bool IsTooDeep(Node node, Dictionary<string, int> visitedFragments, int depth)
    {
        if (node is FragmentSpreadNode spread)
            return IsSpreadTooDeep(spread.Name.Value, visitedFragments, depth);
        if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" } && ++depth >= MaxListsDepth)
            return true;
        var selectionSet = node switch
        {
            FieldNode field => field.SelectionSet,
            InlineFragmentNode inline => inline.SelectionSet,
            FragmentDefinitionNode fragment => fragment.SelectionSet,
            _ => null,
        };
        return selectionSet is not null && selectionSet.Selections.Any(child => IsTooDeep(child, visitedFragments, depth));
    }

    bool IsSpreadTooDeep(string name, Dictionary<string, int> visitedFragments, int depth)
    {
        // A check that reached the limit reaches it again from an equal or greater entry depth.
        if (_exceededFragments.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
            return true;
        // From an equal or shallower entry depth, a revisit breaks a cycle or repeats a check that passed.
        if ((visitedFragments.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
            || (_checkedFragments.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth))
            return false;
        // Unknown fragments are left to KnownFragmentNamesRule.
        if (Context.GetFragment(name) is not { } fragment)
            return false;
        visitedFragments[name] = depth;
        if (IsTooDeep(fragment, visitedFragments, depth))
        {
            _exceededFragments[name] = depth;
            return true;
        }
        _checkedFragments[name] = depth;
        return false;
    }
}
