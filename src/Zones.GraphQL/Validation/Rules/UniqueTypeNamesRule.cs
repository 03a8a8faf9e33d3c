using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// SDL: type names are unique.
/// Spec: https://spec.graphql.org/September2025/#sec-Types
/// </summary>
sealed class UniqueTypeNamesRule(ValidationContext context) : ValidationRule(context)
{
    readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override VisitorAction Enter(Node node)
    {
        if (node is not TypeDefinitionNode definition)
            return base.Enter(node);
        var name = definition.Name;
        if (!_known.TryAdd(name.Value, name))
            Context.ReportError($"There can be only one type named \"{name.Value}\".", _known[name.Value], name);
        return VisitorAction.Skip;
    }
}
