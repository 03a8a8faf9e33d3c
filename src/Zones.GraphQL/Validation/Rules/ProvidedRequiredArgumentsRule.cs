using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Required arguments: a field or directive is given every argument that is non-null and has no
/// default value.
/// Spec: https://spec.graphql.org/September2025/#sec-Required-Arguments
/// </summary>
sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ProvidedRequiredArgumentsOnDirectivesRule(context)
{
    // On leave, so that errors inside the arguments come first.
    public override VisitorAction LeaveField(FieldNode node)
    {
        if (Context.FieldDef is not { } fieldDef)
            return VisitorAction.Continue;
        var provided = node.Arguments.Select(a => a.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var argument in fieldDef.Arguments.Where(a => !provided.Contains(a.Name) && IsRequired(a)))
        {
            Context.ReportError($"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                node);
        }
        return VisitorAction.Continue;
    }
}
