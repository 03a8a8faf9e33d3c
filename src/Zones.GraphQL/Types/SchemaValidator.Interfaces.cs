using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Validation;

namespace Zones.GraphQL.Types;

/// <summary>
/// Interface implementation rules: each interface once, not itself, its own interfaces too, every
/// interface field present with a covariant type, arguments present with the same type, and no
/// extra required arguments.
/// Spec: https://spec.graphql.org/September2025/#sec-Objects.Type-Validation
/// </summary>
public sealed partial class SchemaValidator
{
    void ValidateInterfaces(ObjectLikeType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
                Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, iface));
            else if (!seen.Add(iface.Name))
                Report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface));
            else
            {
                ValidateImplementsAncestors(type, iface);
                ValidateImplementsInterface(type, iface);
            }
        }
    }

    void ValidateImplementsAncestors(ObjectLikeType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces.Where(t => !type.Interfaces.Contains(t)))
        {
            Report(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                [.. ImplementsNodes(iface, transitive), .. ImplementsNodes(type, iface)]);
        }
    }

    void ValidateImplementsInterface(ObjectLikeType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields.Values)
        {
            var name = ifaceField.Name;
            if (!type.Fields.TryGetValue(name, out var typeField))
            {
                Report($"Interface field {iface.Name}.{name} expected but {type.Name} does not provide it.", [ifaceField.AstNode, .. WithExtensions(type)]);
                continue;
            }
            if (!TypeComparators.IsTypeSubTypeOf(_schema, typeField.Type, ifaceField.Type))
                Report($"Interface field {iface.Name}.{name} expects type {ifaceField.Type} but {type.Name}.{name} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type, typeField.AstNode?.Type);
            ValidateImplementedArguments(type, iface, ifaceField, typeField);
        }
    }

    void ValidateImplementedArguments(ObjectLikeType type, InterfaceType iface, FieldDefinition ifaceField, FieldDefinition typeField)
    {
        var name = ifaceField.Name;
        foreach (var ifaceArg in ifaceField.Arguments)
        {
            var typeArg = typeField.Arguments.FirstOrDefault(a => a.Name == ifaceArg.Name);
            if (typeArg is null)
                Report($"Interface field argument {iface.Name}.{name}({ifaceArg.Name}:) expected but {type.Name}.{name} does not provide it.", ifaceArg.AstNode, typeField.AstNode);
            else if (!IsEqualType(ifaceArg.Type, typeArg.Type))
                Report($"Interface field argument {iface.Name}.{name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{name}({ifaceArg.Name}:) is type {typeArg.Type}.",
                    ifaceArg.AstNode?.Type, typeArg.AstNode?.Type);
        }
        foreach (var typeArg in typeField.Arguments.Where(a => IsRequired(a) && ifaceField.Arguments.All(i => i.Name != a.Name)))
            Report($"Object field {type.Name}.{name} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{name}.", typeArg.AstNode, ifaceField.AstNode);
    }

    static Node?[] ImplementsNodes(NamedType type, InterfaceType iface) =>
        WithExtensions(type).SelectMany(n => n switch
        {
            ObjectTypeDefinitionNode d => d.Interfaces,
            ObjectTypeExtensionNode e => e.Interfaces,
            InterfaceTypeDefinitionNode d => d.Interfaces,
            InterfaceTypeExtensionNode e => e.Interfaces,
            _ => NodeList<NamedTypeNode>.Empty,
        }).Where(i => i.Name.Value == iface.Name).ToArray<Node?>();

    /// <summary>Whether the same type (wrappers compared structurally, named types by reference).</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };
}
