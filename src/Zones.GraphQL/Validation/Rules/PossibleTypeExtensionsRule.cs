using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// SDL: a type extension extends a type that is defined, and of the same kind.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-Extensions
/// </summary>
sealed class PossibleTypeExtensionsRule : ValidationRule
{
    readonly Dictionary<string, TypeDefinitionNode> _definedTypes = new(StringComparer.Ordinal);

    public PossibleTypeExtensionsRule(ValidationContext context) : base(context)
    {
        foreach (var definition in context.Document.Definitions.OfType<TypeDefinitionNode>())
            _definedTypes[definition.Name.Value] = definition;
    }

    public override VisitorAction Enter(Node node)
    {
        if (node is not TypeExtensionNode extension)
            return base.Enter(node);
        var typeName = extension.Name.Value;
        if (_definedTypes.TryGetValue(typeName, out var definition))
        {
            if (KindOf(definition) != KindOf(extension))
                Context.ReportError($"Cannot extend non-{KindOf(extension)} type \"{typeName}\".", definition, extension);
            return VisitorAction.Continue;
        }
        var suggestions = Context.SuggestionList(typeName, _definedTypes.Keys);
        Context.ReportError($"Cannot extend type \"{typeName}\" because it is not defined." + DidYouMean.Format(suggestions), extension.Name);
        return VisitorAction.Continue;
    }

    static string KindOf(Node node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "scalar",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "object",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "interface",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "union",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "enum",
        _ => "input object",
    };
}
