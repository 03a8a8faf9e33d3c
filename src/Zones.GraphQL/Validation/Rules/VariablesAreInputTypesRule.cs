using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Variables are input types: a variable's type is a scalar, enum or input object, possibly wrapped.
/// Spec: https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types
/// </summary>
sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override VisitorAction EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (TypeComparators.TypeFromAst(Context.Schema, node.Type) is { IsInputType: false })
        {
            Context.ReportError($"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".",
                node.Type);
        }
        return VisitorAction.Continue;
    }
}
