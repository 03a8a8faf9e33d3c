using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Variable uniqueness: an operation defines each variable name once.
/// Spec: https://spec.graphql.org/September2025/#sec-Variable-Uniqueness
/// </summary>
sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        foreach (var group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            Context.ReportError($"There can be only one variable named \"${group.Key}\".", group.Select(v => v.Variable.Name).ToList());
        return VisitorAction.Continue;
    }
}
