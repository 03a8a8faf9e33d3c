using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Fragments must be used: every fragment is spread by some operation, directly or through other
/// fragments.
/// Spec: https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used
/// </summary>
sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationRule(context)
{
    readonly List<OperationDefinitionNode> _operations = [];
    readonly List<FragmentDefinitionNode> _fragments = [];

    public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        _operations.Add(node);
        return VisitorAction.Skip;
    }

    public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        _fragments.Add(node);
        return VisitorAction.Skip;
    }

    public override VisitorAction LeaveDocument(DocumentNode node)
    {
        var used = Context.GetRecursivelyReferencedFragments(_operations).Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var fragment in _fragments.Where(f => !used.Contains(f.Name.Value)))
            Context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
        return VisitorAction.Continue;
    }
}
