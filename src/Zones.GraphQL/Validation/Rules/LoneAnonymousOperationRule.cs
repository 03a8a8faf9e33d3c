using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Lone anonymous operation: an operation without a name must be the document's only operation.
/// Spec: https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation
/// </summary>
sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    int _operationCount;

    public override VisitorAction EnterDocument(DocumentNode node)
    {
        _operationCount = node.Definitions.Count(d => d is OperationDefinitionNode);
        return VisitorAction.Continue;
    }

    public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
            Context.ReportError("This anonymous operation must be the only defined operation.", node);
        return VisitorAction.Continue;
    }
}
