using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// All variables used: every variable an operation defines is used by it or by a fragment it uses.
/// Spec: https://spec.graphql.org/September2025/#sec-All-Variables-Used
/// </summary>
sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    readonly List<VariableDefinitionNode> _definitions = [];

    public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        _definitions.Clear();
        return VisitorAction.Continue;
    }

    public override VisitorAction EnterVariableDefinition(VariableDefinitionNode node)
    {
        _definitions.Add(node);
        return VisitorAction.Continue;
    }

    public override VisitorAction LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var used = Context.GetRecursiveVariableUsages(node).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in _definitions.Where(d => !used.Contains(d.Variable.Name.Value)))
        {
            var name = definition.Variable.Name.Value;
            Context.ReportError(node.Name is { } operationName
                ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                : $"Variable \"${name}\" is never used.", definition);
        }
        return VisitorAction.Continue;
    }
}
