using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Directives are unique per location: a non-repeatable directive appears at most once on a node.
/// In SDL, a type's definition and its extensions count as one location, as do the schema's.
/// Spec: https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-Per-Location
/// </summary>
sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    readonly Dictionary<string, bool> _unique = new(StringComparer.Ordinal);
    readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    public UniqueDirectivesPerLocationRule(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives)
            _unique[directive.Name] = !directive.IsRepeatable;
        foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            _unique[definition.Name.Value] = !definition.Repeatable;
    }

    // Many kinds of node hold directives, so every node is checked rather than each kind.
    public override VisitorAction Enter(Node node)
    {
        // Most nodes have no directives: skip them before SeenDirectives allocates a dictionary.
        if (DirectivesOf(node) is not { Count: > 0 } directives)
            return VisitorAction.Continue;
        var seen = SeenDirectives(node);
        foreach (var directive in directives.Where(d => _unique.GetValueOrDefault(d.Name.Value)))
        {
            var name = directive.Name.Value;
            if (!seen.TryAdd(name, directive))
                Context.ReportError($"The directive \"@{name}\" can only be used once at this location.", seen[name], directive);
        }
        return VisitorAction.Continue;
    }

    Dictionary<string, DirectiveNode> SeenDirectives(Node node)
    {
        if (node is SchemaDefinitionNode or SchemaExtensionNode)
            return _schemaDirectives;
        var typeName = node switch
        {
            TypeDefinitionNode type => type.Name.Value,
            TypeExtensionNode extension => extension.Name.Value,
            _ => null,
        };
        if (typeName is null)
            return new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        if (!_typeDirectives.TryGetValue(typeName, out var seen))
            _typeDirectives[typeName] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        return seen;
    }

    static NodeList<DirectiveNode>? DirectivesOf(Node node) => node switch
    {
        OperationDefinitionNode n => n.Directives,
        VariableDefinitionNode n => n.Directives,
        SelectionNode n => n.Directives,
        FragmentDefinitionNode n => n.Directives,
        SchemaDefinitionNode n => n.Directives,
        SchemaExtensionNode n => n.Directives,
        TypeDefinitionNode n => n.Directives,
        TypeExtensionNode n => n.Directives,
        FieldDefinitionNode n => n.Directives,
        InputValueDefinitionNode n => n.Directives,
        EnumValueDefinitionNode n => n.Directives,
        _ => null,
    };
}
