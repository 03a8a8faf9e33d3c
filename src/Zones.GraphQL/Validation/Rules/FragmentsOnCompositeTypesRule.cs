using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Fragments on composite types: a type condition names an object, interface or union type.
/// Spec: https://spec.graphql.org/September2025/#sec-Fragments-On-Composite-Types
/// </summary>
sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override VisitorAction EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && IsNonComposite(condition))
            Context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
        return VisitorAction.Continue;
    }

    public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (IsNonComposite(node.TypeCondition))
        {
            Context.ReportError($"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".",
                node.TypeCondition);
        }
        return VisitorAction.Continue;
    }

    // Unknown types are left to KnownTypeNamesRule.
    bool IsNonComposite(NamedTypeNode condition) =>
        TypeComparators.TypeFromAst(Context.Schema, condition) is { } type && !TypeComparators.IsComposite(type);
}
