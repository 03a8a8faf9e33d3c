using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Argument names on directives: every argument given to a directive is defined by it (the part of
/// <see cref="KnownArgumentNamesRule"/> that SDL validation uses on its own).
/// Spec: https://spec.graphql.org/September2025/#sec-Argument-Names
/// </summary>
class KnownArgumentNamesOnDirectivesRule : ValidationRule
{
    readonly Dictionary<string, List<string>> _directiveArguments = new(StringComparer.Ordinal);

    public KnownArgumentNamesOnDirectivesRule(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives)
            _directiveArguments[directive.Name] = directive.Arguments.Select(a => a.Name).ToList();
        foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            _directiveArguments[definition.Name.Value] = definition.Arguments.Select(a => a.Name.Value).Distinct().ToList();
    }

    // Skipping the arguments keeps KnownArgumentNamesRule's field check off directive arguments.
    public override VisitorAction EnterDirective(DirectiveNode node)
    {
        var directiveName = node.Name.Value;
        if (!_directiveArguments.TryGetValue(directiveName, out var known))
            return VisitorAction.Skip;
        foreach (var argument in node.Arguments.Where(a => !known.Contains(a.Name.Value)))
        {
            var suggestions = Context.SuggestionList(argument.Name.Value, known);
            Context.ReportError($"Unknown argument \"{argument.Name.Value}\" on directive \"@{directiveName}\"." + DidYouMean.Format(suggestions),
                argument);
        }
        return VisitorAction.Skip;
    }
}
