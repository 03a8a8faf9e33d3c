using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spreads must not form cycles. A depth-first search over the spreads reports each cycle
/// once, with the spreads along it.
/// Spec: https://spec.graphql.org/September2025/#sec-Fragment-spreads-must-not-form-cycles
/// </summary>
sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    // Visited fragments keep the search linear and stop a cycle from being reported twice.
    readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    readonly List<FragmentSpreadNode> _spreadPath = [];
    readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node) => VisitorAction.Skip;

    public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        DetectCycles(node);
        return VisitorAction.Skip;
    }

    void DetectCycles(FragmentDefinitionNode fragment)
    {
        var fragmentName = fragment.Name.Value;
        if (!_visited.Add(fragmentName))
            return;
        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
            return;
        _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (Context.GetFragment(spreadName) is { } spreadFragment)
                    DetectCycles(spreadFragment);
            }
            else
                ReportCycle(spreadName, _spreadPath[cycleIndex..]);
            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }
        _spreadPathIndexByName.Remove(fragmentName);
    }

    void ReportCycle(string spreadName, List<FragmentSpreadNode> cyclePath)
    {
        var via = string.Join(", ", cyclePath[..^1].Select(s => $"\"{s.Name.Value}\""));
        Context.ReportError($"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."), cyclePath);
    }
}
