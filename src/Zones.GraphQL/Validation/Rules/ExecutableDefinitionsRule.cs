using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Executable definitions: a document to execute may hold only operations and fragments.
/// Spec: https://spec.graphql.org/September2025/#sec-Executable-Definitions
/// </summary>
sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationRule(context)
{
    public override VisitorAction EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
                continue;
            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                _ => "unknown",
            };
            Context.ReportError($"The {name} definition is not executable.", definition);
        }
        return VisitorAction.Skip;
    }
}
