using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// SDL: the schema definition and its extensions name each root operation type once.
/// Spec: https://spec.graphql.org/September2025/#sec-Root-Operation-Types
/// </summary>
sealed class UniqueOperationTypesRule(ValidationContext context) : ValidationRule(context)
{
    readonly Dictionary<OperationType, OperationTypeDefinitionNode> _defined = [];

    public override VisitorAction EnterSchemaDefinition(SchemaDefinitionNode node) => Check(node.OperationTypes);

    public override VisitorAction EnterSchemaExtension(SchemaExtensionNode node) => Check(node.OperationTypes);

    VisitorAction Check(NodeList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            if (!_defined.TryAdd(operationType.Operation, operationType))
            {
                Context.ReportError($"There can be only one {operationType.Operation.Keyword()} type in schema.",
                    _defined[operationType.Operation], operationType);
            }
        }
        return VisitorAction.Skip;
    }
}
