using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// SDL: directive names are unique.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-System.Directives
/// </summary>
sealed class UniqueDirectiveNamesRule(ValidationContext context) : ValidationRule(context)
{
    readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override VisitorAction EnterDirectiveDefinition(DirectiveDefinitionNode node)
    {
        var name = node.Name;
        if (!_known.TryAdd(name.Value, name))
            Context.ReportError($"There can be only one directive named \"@{name.Value}\".", _known[name.Value], name);
        return VisitorAction.Skip;
    }
}
