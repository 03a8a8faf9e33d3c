using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// SDL: an object, interface or input object type and its extensions define each field once.
/// Spec: https://spec.graphql.org/September2025/#sec-Objects
/// </summary>
sealed class UniqueFieldDefinitionNamesRule(ValidationContext context) : ValidationRule(context)
{
    readonly Dictionary<string, Dictionary<string, NameNode>> _known = new(StringComparer.Ordinal);

    public override VisitorAction Enter(Node node) => node switch
    {
        ObjectTypeDefinitionNode n => Check(n.Name.Value, n.Fields.Select(f => f.Name)),
        ObjectTypeExtensionNode n => Check(n.Name.Value, n.Fields.Select(f => f.Name)),
        InterfaceTypeDefinitionNode n => Check(n.Name.Value, n.Fields.Select(f => f.Name)),
        InterfaceTypeExtensionNode n => Check(n.Name.Value, n.Fields.Select(f => f.Name)),
        InputObjectTypeDefinitionNode n => Check(n.Name.Value, n.Fields.Select(f => f.Name)),
        InputObjectTypeExtensionNode n => Check(n.Name.Value, n.Fields.Select(f => f.Name)),
        _ => base.Enter(node),
    };

    VisitorAction Check(string typeName, IEnumerable<NameNode> fieldNames)
    {
        if (!_known.TryGetValue(typeName, out var names))
            _known[typeName] = names = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var name in fieldNames)
        {
            if (!names.TryAdd(name.Value, name))
                Context.ReportError($"Field \"{typeName}.{name.Value}\" can only be defined once.", names[name.Value], name);
        }
        return VisitorAction.Skip;
    }
}
