using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Operation name uniqueness: named operations must all have different names.
/// Spec: https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness
/// </summary>
sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationRule(context)
{
    // Rules are created per document, so instance state never leaks between requests.
    readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is { } name && !_seen.TryAdd(name.Value, name))
            Context.ReportError($"There can be only one operation named \"{name.Value}\".", _seen[name.Value], name);
        return VisitorAction.Skip;
    }

    public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.Skip;
}
