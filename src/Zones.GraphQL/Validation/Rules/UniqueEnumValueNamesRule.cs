using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// SDL: an enum type and its extensions define each value once.
/// Spec: https://spec.graphql.org/September2025/#sec-Enums
/// </summary>
sealed class UniqueEnumValueNamesRule(ValidationContext context) : ValidationRule(context)
{
    readonly Dictionary<string, Dictionary<string, NameNode>> _known = new(StringComparer.Ordinal);

    public override VisitorAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node) => Check(node.Name.Value, node.Values);

    public override VisitorAction EnterEnumTypeExtension(EnumTypeExtensionNode node) => Check(node.Name.Value, node.Values);

    VisitorAction Check(string typeName, NodeList<EnumValueDefinitionNode> values)
    {
        if (!_known.TryGetValue(typeName, out var names))
            _known[typeName] = names = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var name = value.Name;
            if (!names.TryAdd(name.Value, name))
                Context.ReportError($"Enum value \"{typeName}.{name.Value}\" can only be defined once.", names[name.Value], name);
        }
        return VisitorAction.Skip;
    }
}
