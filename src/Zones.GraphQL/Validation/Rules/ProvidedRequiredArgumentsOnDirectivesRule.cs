using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Required arguments of directives: a directive is given every argument that is non-null and has
/// no default (the part of <see cref="ProvidedRequiredArgumentsRule"/> that SDL validation uses on its own).
/// Spec: https://spec.graphql.org/September2025/#sec-Required-Arguments
/// </summary>
class ProvidedRequiredArgumentsOnDirectivesRule : ValidationRule
{
    // Per directive: required argument name to its type as the message shows it.
    readonly Dictionary<string, List<(string Name, string Type)>> _required = new(StringComparer.Ordinal);

    public ProvidedRequiredArgumentsOnDirectivesRule(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives)
            _required[directive.Name] = directive.Arguments.Where(IsRequired).Select(a => (a.Name, a.Type.ToString())).ToList();
        foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            _required[definition.Name.Value] = definition.Arguments
                .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                .GroupBy(a => a.Name.Value, StringComparer.Ordinal)
                .Select(g => (g.Key, Printer.Print(g.Last().Type)))
                .ToList();
        }
    }

    /// <summary>Non-null without a default value (graphql-js <c>isRequiredArgument</c>).</summary>
    protected static bool IsRequired(InputValue argument) => argument.Type is NonNullType && !argument.HasDefaultValue;

    // On leave, so that errors inside the arguments come first.
    public override VisitorAction LeaveDirective(DirectiveNode node)
    {
        if (!_required.TryGetValue(node.Name.Value, out var required))
            return VisitorAction.Continue;
        var provided = node.Arguments.Select(a => a.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, type) in required.Where(r => !provided.Contains(r.Name)))
        {
            Context.ReportError($"Directive \"@{node.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                node);
        }
        return VisitorAction.Continue;
    }
}
