using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Directives are defined, and used only in the locations their definitions allow. Directives
/// defined by the document itself (SDL) count too.
/// Spec: https://spec.graphql.org/September2025/#sec-Directives-Are-Defined
/// </summary>
sealed class KnownDirectivesRule : ValidationRule
{
    readonly Dictionary<string, IReadOnlyList<string>> _locations = new(StringComparer.Ordinal);

    public KnownDirectivesRule(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives)
            _locations[directive.Name] = directive.Locations;
        foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            _locations[definition.Name.Value] = definition.Locations.Select(l => l.Value).ToList();
    }

    public override VisitorAction EnterDirective(DirectiveNode node)
    {
        var name = node.Name.Value;
        if (!_locations.TryGetValue(name, out var locations))
        {
            Context.ReportError($"Unknown directive \"@{name}\".", node);
            return VisitorAction.Continue;
        }
        if (LocationOf(Ancestors[^1], Ancestors.Count > 1 ? Ancestors[^2] : null) is { } location && !locations.Contains(location))
            Context.ReportError($"Directive \"@{name}\" may not be used on {location}.", node);
        return VisitorAction.Continue;
    }

    /// <summary>The directive location of the node a directive is applied to (graphql-js <c>getDirectiveLocationForASTPath</c>).</summary>
    static string? LocationOf(Node appliedTo, Node? parent) => appliedTo switch
    {
        OperationDefinitionNode operation => operation.Operation.Keyword().ToUpperInvariant(),
        FieldNode => "FIELD",
        FragmentSpreadNode => "FRAGMENT_SPREAD",
        InlineFragmentNode => "INLINE_FRAGMENT",
        FragmentDefinitionNode => "FRAGMENT_DEFINITION",
        VariableDefinitionNode => "VARIABLE_DEFINITION",
        SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
        FieldDefinitionNode => "FIELD_DEFINITION",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
        EnumValueDefinitionNode => "ENUM_VALUE",
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
        InputValueDefinitionNode => parent is InputObjectTypeDefinitionNode ? "INPUT_FIELD_DEFINITION" : "ARGUMENT_DEFINITION",
        DirectiveDefinitionNode => "DIRECTIVE_DEFINITION",
        _ => null,
    };
}
