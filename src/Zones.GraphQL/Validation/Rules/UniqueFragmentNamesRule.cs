using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Fragment name uniqueness: fragment definitions must all have different names.
/// Spec: https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness
/// </summary>
sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node) => VisitorAction.Skip;

    public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        var name = node.Name;
        if (!_seen.TryAdd(name.Value, name))
            Context.ReportError($"There can be only one fragment named \"{name.Value}\".", _seen[name.Value], name);
        return VisitorAction.Skip;
    }
}
