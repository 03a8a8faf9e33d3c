using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Leaf field selections: fields of scalar and enum type have no selection set, and fields of
/// composite type have a non-empty one.
/// Spec: https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections
/// </summary>
sealed class ScalarLeafsRule(ValidationContext context) : ValidationRule(context)
{
    public override VisitorAction EnterField(FieldNode node)
    {
        if (Context.Type is not { } type)
            return VisitorAction.Continue;
        var name = node.Name.Value;
        if (type.GetNamedType() is LeafType)
        {
            if (node.SelectionSet is { } selectionSet)
                Context.ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
        }
        else if (node.SelectionSet is null)
            Context.ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", node);
        else if (node.SelectionSet.Selections.Count == 0)
            Context.ReportError($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", node);
        return VisitorAction.Continue;
    }
}
