using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Language;

/// <summary>
/// Printing of type system definitions and extensions, as graphql-js 16 <c>print</c> does.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-System
/// </summary>
public static partial class Printer
{
    static string PrintTypeSystem(Node node) => node switch
    {
        SchemaDefinitionNode n => Described(n.Description, Join(["schema", Join(n.Directives, " "), Block(n.OperationTypes)], " ")),
        OperationTypeDefinitionNode n => n.Operation.Keyword() + ": " + Print(n.Type),
        ScalarTypeDefinitionNode n => Described(n.Description, Join(["scalar", Print(n.Name), Join(n.Directives, " ")], " ")),
        ObjectTypeDefinitionNode n => Described(n.Description, ObjectLike("type", n.Name, n.Interfaces, n.Directives, n.Fields)),
        FieldDefinitionNode n => Described(n.Description, Print(n.Name) + ArgumentDefinitions(n.Arguments) + ": " + Print(n.Type)
            + Wrap(" ", Join(n.Directives, " "))),
        InputValueDefinitionNode n => Described(n.Description, Join([Print(n.Name), ": ", Print(n.Type),
            Wrap(" = ", Print(n.DefaultValue)), Wrap(" ", Join(n.Directives, " "))])),
        InterfaceTypeDefinitionNode n => Described(n.Description, ObjectLike("interface", n.Name, n.Interfaces, n.Directives, n.Fields)),
        UnionTypeDefinitionNode n => Described(n.Description, UnionLike("union", n.Name, n.Directives, n.Types)),
        EnumTypeDefinitionNode n => Described(n.Description, Join(["enum", Print(n.Name), Join(n.Directives, " "), Block(n.Values)], " ")),
        EnumValueDefinitionNode n => Described(n.Description, Join([Print(n.Name), Join(n.Directives, " ")], " ")),
        InputObjectTypeDefinitionNode n => Described(n.Description,
            Join(["input", Print(n.Name), Join(n.Directives, " "), Block(n.Fields)], " ")),
        DirectiveDefinitionNode n => Described(n.Description, "directive @" + Print(n.Name) + ArgumentDefinitions(n.Arguments)
            + (n.Repeatable ? " repeatable" : "") + " on " + Join(n.Locations, " | ")),
        _ => PrintExtension(node),
    };

    static string PrintExtension(Node node) => node switch
    {
        SchemaExtensionNode n => Join(["extend schema", Join(n.Directives, " "), Block(n.OperationTypes)], " "),
        ScalarTypeExtensionNode n => Join(["extend scalar", Print(n.Name), Join(n.Directives, " ")], " "),
        ObjectTypeExtensionNode n => ObjectLike("extend type", n.Name, n.Interfaces, n.Directives, n.Fields),
        InterfaceTypeExtensionNode n => ObjectLike("extend interface", n.Name, n.Interfaces, n.Directives, n.Fields),
        UnionTypeExtensionNode n => UnionLike("extend union", n.Name, n.Directives, n.Types),
        EnumTypeExtensionNode n => Join(["extend enum", Print(n.Name), Join(n.Directives, " "), Block(n.Values)], " "),
        InputObjectTypeExtensionNode n => Join(["extend input", Print(n.Name), Join(n.Directives, " "), Block(n.Fields)], " "),
        _ => throw new ArgumentException($"Unknown node {node.GetType().Name}.", nameof(node)),
    };

    /// <summary>The description on its own line above the definition, if there is one.</summary>
    static string Described(StringValueNode? description, string definition) =>
        Wrap("", Print(description), "\n") + definition;

    static string ObjectLike(string keyword, NameNode name, NodeList<NamedTypeNode> interfaces,
        NodeList<DirectiveNode> directives, NodeList<FieldDefinitionNode> fields) =>
        Join([keyword, Print(name), Wrap("implements ", Join(interfaces, " & ")), Join(directives, " "), Block(fields)], " ");

    static string UnionLike(string keyword, NameNode name, NodeList<DirectiveNode> directives, NodeList<NamedTypeNode> types) =>
        Join([keyword, Print(name), Join(directives, " "), Wrap("= ", Join(types, " | "))], " ");

    /// <summary>Argument definitions, one per line (indented) when any of them spans several lines.</summary>
    static string ArgumentDefinitions(NodeList<InputValueDefinitionNode> arguments) =>
        HasMultilineItems(arguments)
            ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
            : Wrap("(", Join(arguments, ", "), ")");
}
