using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// All variable uses defined: every variable used by an operation, or by a fragment it uses, is
/// defined by that operation.
/// Spec: https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined
/// </summary>
sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        _defined.Clear();
        return VisitorAction.Continue;
    }

    public override VisitorAction EnterVariableDefinition(VariableDefinitionNode node)
    {
        _defined.Add(node.Variable.Name.Value);
        return VisitorAction.Continue;
    }

    public override VisitorAction LeaveOperationDefinition(OperationDefinitionNode node)
    {
        foreach (var usage in Context.GetRecursiveVariableUsages(node).Where(u => !_defined.Contains(u.Node.Name.Value)))
        {
            var name = usage.Node.Name.Value;
            Context.ReportError(node.Name is { } operationName
                ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                : $"Variable \"${name}\" is not defined.", usage.Node, node);
        }
        return VisitorAction.Continue;
    }
}
