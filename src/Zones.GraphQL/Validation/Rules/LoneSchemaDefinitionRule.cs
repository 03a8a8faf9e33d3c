using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// SDL: a document defines the schema at most once.
/// Spec: https://spec.graphql.org/September2025/#sec-Schema
/// </summary>
sealed class LoneSchemaDefinitionRule(ValidationContext context) : ValidationRule(context)
{
    int _schemaDefinitionsCount;

    public override VisitorAction EnterSchemaDefinition(SchemaDefinitionNode node)
    {
        if (_schemaDefinitionsCount++ > 0)
            Context.ReportError("Must provide only one schema definition.", node);
        return VisitorAction.Continue;
    }
}
