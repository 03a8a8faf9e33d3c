using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Argument names: every argument given to a field or directive is defined by it.
/// Spec: https://spec.graphql.org/September2025/#sec-Argument-Names
/// </summary>
sealed class KnownArgumentNamesRule(ValidationContext context) : KnownArgumentNamesOnDirectivesRule(context)
{
    public override VisitorAction EnterArgument(ArgumentNode node)
    {
        if (Context.TypeInfo.Argument is null && Context.FieldDef is { } fieldDef && Context.ParentType is { } parentType)
        {
            var name = node.Name.Value;
            var suggestions = Context.SuggestionList(name, fieldDef.Arguments.Select(a => a.Name));
            Context.ReportError($"Unknown argument \"{name}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + DidYouMean.Format(suggestions),
                node);
        }
        return VisitorAction.Continue;
    }
}
