using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Single root field: a subscription selects exactly one root field, and not an introspection
/// field, after fragments are expanded and <c>@skip</c> / <c>@include</c> applied.
/// Spec: https://spec.graphql.org/September2025/#sec-Single-root-field
/// </summary>
sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    Dictionary<string, FragmentDefinitionNode>? _fragments;

    public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || Context.Schema.Subscription is not { } subscriptionType)
            return VisitorAction.Continue;
        var fields = RootFieldCollector.Collect(Context, Fragments(), subscriptionType, node.SelectionSet);
        var subject = node.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        if (fields.Count > 1)
            Context.ReportError($"{subject} must select only one top level field.", fields.Values.Skip(1).SelectMany(f => f).ToList());
        foreach (var fieldNodes in fields.Values.Where(f => f[0].Name.Value.StartsWith("__", StringComparison.Ordinal)))
            Context.ReportError($"{subject} must not select an introspection top level field.", fieldNodes);
        return VisitorAction.Continue;
    }

    Dictionary<string, FragmentDefinitionNode> Fragments()
    {
        if (_fragments is not null)
            return _fragments;
        Context.SpendFragmentWork(Context.Document.Definitions.Count);
        _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var fragment in Context.Document.Definitions.OfType<FragmentDefinitionNode>())
            _fragments[fragment.Name.Value] = fragment;
        return _fragments;
    }
}
