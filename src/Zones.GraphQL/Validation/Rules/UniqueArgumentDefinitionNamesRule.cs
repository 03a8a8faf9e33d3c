using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// SDL: a field or directive definition defines each argument once.
/// Spec: https://spec.graphql.org/September2025/#sec-Field-Arguments
/// </summary>
sealed class UniqueArgumentDefinitionNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override VisitorAction Enter(Node node) => node switch
    {
        DirectiveDefinitionNode n => Check($"@{n.Name.Value}", n.Arguments),
        ObjectTypeDefinitionNode n => CheckFields(n.Name.Value, n.Fields),
        ObjectTypeExtensionNode n => CheckFields(n.Name.Value, n.Fields),
        InterfaceTypeDefinitionNode n => CheckFields(n.Name.Value, n.Fields),
        InterfaceTypeExtensionNode n => CheckFields(n.Name.Value, n.Fields),
        _ => base.Enter(node),
    };

    VisitorAction CheckFields(string typeName, NodeList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
            Check($"{typeName}.{field.Name.Value}", field.Arguments);
        return VisitorAction.Skip;
    }

    VisitorAction Check(string parentName, NodeList<InputValueDefinitionNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            Context.ReportError($"Argument \"{parentName}({group.Key}:)\" can only be defined once.", group.Select(a => a.Name).ToList());
        return VisitorAction.Skip;
    }
}
