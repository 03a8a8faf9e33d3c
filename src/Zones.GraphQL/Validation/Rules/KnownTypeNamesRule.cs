using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Known type names: every type a document names (variable types, type conditions, and in SDL
/// every type reference) exists in the schema or is defined by the document.
/// Spec: https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence
/// </summary>
sealed class KnownTypeNamesRule : ValidationRule
{
    // Built-in scalars and introspection types may be referenced by SDL without being defined.
    static readonly string[] StandardTypeNames =
    [
        .. Scalars.Specified.Select(s => s.Name),
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    readonly HashSet<string> _definedTypes;
    readonly List<string> _typeNames;

    public KnownTypeNamesRule(ValidationContext context) : base(context)
    {
        var defined = context.Document.Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value).ToList();
        _definedTypes = defined.ToHashSet(StringComparer.Ordinal);
        _typeNames = [.. context.Schema.TypeMap.Keys, .. defined];
    }

    public override VisitorAction EnterNamedType(NamedTypeNode node)
    {
        var typeName = node.Name.Value;
        if (Context.Schema.GetType(typeName) is not null || _definedTypes.Contains(typeName))
            return VisitorAction.Continue;
        var definition = Ancestors.Count > 1 ? Ancestors[1] : Ancestors.LastOrDefault();
        var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
        if (isSdl && StandardTypeNames.Contains(typeName))
            return VisitorAction.Continue;
        var suggestions = Context.SuggestionList(typeName, isSdl ? [.. StandardTypeNames, .. _typeNames] : _typeNames);
        Context.ReportError($"Unknown type \"{typeName}\"." + DidYouMean.Format(suggestions), node);
        return VisitorAction.Continue;
    }
}
