using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Types;

/// <summary>
/// Building each kind of named type from its definition and extensions; fields, interfaces and
/// members are read lazily so definitions may refer to types defined later.
/// Spec: https://spec.graphql.org/September2025/#sec-Types
/// </summary>
public sealed partial class SchemaBuilder
{
    NamedType BuildType(TypeDefinitionNode definition)
    {
        var extensions = _extensions.GetValueOrDefault(definition.Name.Value) ?? [];
        var name = definition.Name.Value;
        var description = definition.Description?.Value;
        NamedType type = definition switch
        {
            ObjectTypeDefinitionNode n => new ObjectType(name, () => Fields(n.Fields, extensions), () => Interfaces(name, n.Interfaces, extensions), description),
            InterfaceTypeDefinitionNode n => new InterfaceType(name, () => Fields(n.Fields, extensions), () => Interfaces(name, n.Interfaces, extensions), description),
            UnionTypeDefinitionNode n => new UnionType(name, () => Members(name, n.Types, extensions), description),
            EnumTypeDefinitionNode n => new EnumType(name, EnumValues(n.Values, extensions), description),
            InputObjectTypeDefinitionNode n => new InputObjectType(name, () => InputFields(n.Fields, extensions), description)
            {
                IsOneOf = n.Directives.Any(d => d.Name.Value == SpecifiedDirectives.OneOf.Name),
            },
            ScalarTypeDefinitionNode n => new ScalarType(name, description)
            {
                SpecifiedByUrl = DirectiveArgument(n.Directives, SpecifiedDirectives.SpecifiedBy, "url") as string,
            },
            _ => throw new ArgumentException($"Unknown type definition {definition.GetType().Name}.", nameof(definition)),
        };
        type.AstNode = definition;
        type.ExtensionAstNodes = extensions;
        return type;
    }

    IEnumerable<FieldDefinition> Fields(NodeList<FieldDefinitionNode> own, List<TypeExtensionNode> extensions) =>
        own.Concat(extensions.SelectMany(e => e switch
        {
            ObjectTypeExtensionNode o => o.Fields,
            InterfaceTypeExtensionNode i => i.Fields,
            _ => NodeList<FieldDefinitionNode>.Empty,
        })).Select(BuildField);

    FieldDefinition BuildField(FieldDefinitionNode node) =>
        new(node.Name.Value, GetWrappedType(node.Type))
        {
            Description = node.Description?.Value,
            Arguments = BuildInputValues(node.Arguments),
            DeprecationReason = DeprecationReason(node.Directives),
            AstNode = node,
        };

    IEnumerable<InterfaceType> Interfaces(string type, NodeList<NamedTypeNode> own, List<TypeExtensionNode> extensions) =>
        own.Concat(extensions.SelectMany(e => e switch
        {
            ObjectTypeExtensionNode o => o.Interfaces,
            InterfaceTypeExtensionNode i => i.Interfaces,
            _ => NodeList<NamedTypeNode>.Empty,
        })).Select(n => GetNamedType(n) as InterfaceType
            ?? throw new GraphQLError($"Type {type} must only implement Interface types, it cannot implement {n.Name.Value}.", [n]));

    // Our unions hold object types only, so graphql-js's schema validation error is raised while building.
    IEnumerable<ObjectType> Members(string union, NodeList<NamedTypeNode> own, List<TypeExtensionNode> extensions) =>
        own.Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types)).Select(n => GetNamedType(n) as ObjectType
            ?? throw new GraphQLError($"Union type {union} can only include Object types, it cannot include {n.Name.Value}.", [n]));

    static IEnumerable<EnumValue> EnumValues(NodeList<EnumValueDefinitionNode> own, List<TypeExtensionNode> extensions)
    {
        var values = new OrderedDictionary<string, EnumValue>(StringComparer.Ordinal);
        foreach (var node in own.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values)))
        {
            values[node.Name.Value] = new EnumValue(node.Name.Value)
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                AstNode = node,
            };
        }
        return values.Values;
    }

    IEnumerable<InputValue> InputFields(NodeList<InputValueDefinitionNode> own, List<TypeExtensionNode> extensions) =>
        own.Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields)).Select(BuildInputValue);
}
