using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (graphql-js <c>buildASTSchema</c> / <c>buildSchema</c>):
/// type definitions merged with their extensions, directive definitions plus the built-in ones,
/// root types from <c>schema { … }</c> or, without it, the types named Query, Mutation and Subscription.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-System
/// </summary>
/// <remarks>
/// The SDL is assumed valid: the SDL validation rules (graphql-js <c>assertValidSDL</c>) come with
/// the validation stage.
/// </remarks>
public sealed partial class SchemaBuilder
{
    readonly OrderedDictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);

    SchemaBuilder()
    {
    }

    /// <summary>Parses and builds a schema from SDL text.</summary>
    public static Schema Build(string sdl) => Build(Parser.Parse(sdl));

    /// <summary>Builds a schema from a parsed SDL document.</summary>
    public static Schema Build(DocumentNode document) => new SchemaBuilder().BuildSchema(document);

    Schema BuildSchema(DocumentNode document)
    {
        var typeDefinitions = document.Definitions.OfType<TypeDefinitionNode>().ToList();
        foreach (var extension in document.Definitions.OfType<TypeExtensionNode>())
            ExtensionsOf(extension.Name.Value).Add(extension);
        foreach (var definition in typeDefinitions)
            _types[definition.Name.Value] = StandardType(definition.Name.Value) ?? BuildType(definition);
        var schemaDefinition = document.Definitions.OfType<SchemaDefinitionNode>().FirstOrDefault();
        var roots = RootTypes(schemaDefinition, document.Definitions.OfType<SchemaExtensionNode>());
        var directives = document.Definitions.OfType<DirectiveDefinitionNode>().Select(BuildDirective).ToList();
        directives.AddRange(SpecifiedDirectives.All.Where(s => directives.All(d => d.Name != s.Name)));
        return new Schema(roots.GetValueOrDefault(OperationType.Query), roots.GetValueOrDefault(OperationType.Mutation),
            roots.GetValueOrDefault(OperationType.Subscription), _types.Values, directives, schemaDefinition?.Description?.Value);
    }

    List<TypeExtensionNode> ExtensionsOf(string name)
    {
        if (!_extensions.TryGetValue(name, out var list))
            _extensions[name] = list = [];
        return list;
    }

    static NamedType? StandardType(string name) => Scalars.Specified.FirstOrDefault(s => s.Name == name);

    /// <summary>Root types from the schema definition and extensions; without a definition, by conventional name.</summary>
    Dictionary<OperationType, ObjectType?> RootTypes(SchemaDefinitionNode? definition, IEnumerable<SchemaExtensionNode> extensions)
    {
        var operationTypes = (definition?.OperationTypes ?? []).Concat(extensions.SelectMany(e => e.OperationTypes));
        var roots = new Dictionary<OperationType, ObjectType?>();
        foreach (var operationType in operationTypes)
            roots[operationType.Operation] = GetNamedType(operationType.Type) as ObjectType;
        if (definition is not null)
            return roots;
        foreach (var operation in Enum.GetValues<OperationType>())
        {
            if (_types.GetValueOrDefault(ConventionalName(operation)) is ObjectType type)
                roots[operation] = type;
        }
        return roots;
    }

    static string ConventionalName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "Mutation",
        OperationType.Subscription => "Subscription",
        _ => "Query",
    };

    NamedType GetNamedType(NamedTypeNode node) =>
        StandardType(node.Name.Value) ?? _types.GetValueOrDefault(node.Name.Value)
        ?? throw new InvalidOperationException($"Unknown type: \"{node.Name.Value}\".");

    GraphQLType GetWrappedType(TypeNode node) => node switch
    {
        ListTypeNode list => new ListType(GetWrappedType(list.Type)),
        NonNullTypeNode nonNull => new NonNullType(GetWrappedType(nonNull.Type)),
        _ => GetNamedType((NamedTypeNode)node),
    };

    Directive BuildDirective(DirectiveDefinitionNode node) =>
        new(node.Name.Value, node.Locations.Select(l => l.Value).ToArray())
        {
            Description = node.Description?.Value,
            Arguments = BuildInputValues(node.Arguments),
            IsRepeatable = node.Repeatable,
            AstNode = node,
        };

    InputValue[] BuildInputValues(IEnumerable<InputValueDefinitionNode> nodes) => nodes.Select(BuildInputValue).ToArray();

    InputValue BuildInputValue(InputValueDefinitionNode node)
    {
        var type = GetWrappedType(node.Type);
        var hasDefault = ValueFromAst.TryCoerce(node.DefaultValue, type, null, out var defaultValue);
        return new InputValue(node.Name.Value, type)
        {
            Description = node.Description?.Value,
            HasDefaultValue = hasDefault,
            DefaultValue = defaultValue,
            DeprecationReason = DeprecationReason(node.Directives),
            AstNode = node,
        };
    }

    /// <summary>The <c>reason</c> of a <c>@deprecated</c> among the directives, or null when not deprecated.</summary>
    static string? DeprecationReason(NodeList<DirectiveNode> directives) =>
        DirectiveArgument(directives, SpecifiedDirectives.Deprecated, "reason") as string;

    /// <summary>The coerced argument of the first directive with that name (graphql-js <c>getDirectiveValues</c>).</summary>
    static object? DirectiveArgument(NodeList<DirectiveNode> directives, Directive directive, string argumentName)
    {
        var node = directives.FirstOrDefault(d => d.Name.Value == directive.Name);
        if (node is null)
            return null;
        var definition = directive.Arguments.Single(a => a.Name == argumentName);
        var argument = node.Arguments.FirstOrDefault(a => a.Name.Value == argumentName);
        if (argument is null)
            return definition.DefaultValue;
        if (!ValueFromAst.TryCoerce(argument.Value, definition.Type, null, out var value))
            throw new GraphQLError($"Argument \"@{directive.Name}({argumentName}:)\" has invalid value {Printer.Print(argument.Value)}.", [argument.Value]);
        return value;
    }
}
