using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spread target defined: every spread names a fragment defined in the document.
/// Spec: https://spec.graphql.org/September2025/#sec-Fragment-spread-target-defined
/// </summary>
sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override VisitorAction EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (Context.GetFragment(node.Name.Value) is null)
            Context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        return VisitorAction.Continue;
    }
}
