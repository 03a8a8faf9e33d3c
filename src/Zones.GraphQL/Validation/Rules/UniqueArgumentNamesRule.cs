using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Argument uniqueness: a field or directive is given each argument at most once.
/// Spec: https://spec.graphql.org/September2025/#sec-Argument-Uniqueness
/// </summary>
sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override VisitorAction EnterField(FieldNode node) => Check(node.Arguments);

    public override VisitorAction EnterDirective(DirectiveNode node) => Check(node.Arguments);

    VisitorAction Check(NodeList<ArgumentNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            Context.ReportError($"There can be only one argument named \"{group.Key}\".", group.Select(a => a.Name).ToList());
        return VisitorAction.Continue;
    }
}
