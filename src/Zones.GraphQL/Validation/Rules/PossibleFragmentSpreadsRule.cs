using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spread is possible: a fragment's type and the type it is spread into share at least
/// one possible object type.
/// Spec: https://spec.graphql.org/September2025/#sec-Fragment-spread-is-possible
/// </summary>
sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    public override VisitorAction EnterInlineFragment(InlineFragmentNode node)
    {
        if (Context.Type is NamedType fragmentType && TypeComparators.IsComposite(fragmentType)
            && Context.ParentType is { } parentType && TypeComparators.IsComposite(parentType)
            && !TypeComparators.DoTypesOverlap(Context.Schema, fragmentType, parentType))
        {
            Context.ReportError(
                $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".", node);
        }
        return VisitorAction.Continue;
    }

    public override VisitorAction EnterFragmentSpread(FragmentSpreadNode node)
    {
        var name = node.Name.Value;
        if (FragmentType(name) is { } fragmentType && Context.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(Context.Schema, fragmentType, parentType))
        {
            Context.ReportError(
                $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".", node);
        }
        return VisitorAction.Continue;
    }

    NamedType? FragmentType(string name) =>
        Context.GetFragment(name) is { } fragment
        && TypeComparators.TypeFromAst(Context.Schema, fragment.TypeCondition) is NamedType type
        && TypeComparators.IsComposite(type)
            ? type
            : null;
}
