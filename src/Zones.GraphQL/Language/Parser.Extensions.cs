using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Language;

/// <summary>
/// Type system extensions (<c>extend schema</c>, <c>extend type</c> …) and directive definitions.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-System-Extensions
/// </summary>
public sealed partial class Parser
{
    static readonly HashSet<string> DirectiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    /// <summary>TypeSystemExtension :: SchemaExtension | TypeExtension</summary>
    TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind != TokenKind.Name)
            throw Unexpected(keyword);
        return keyword.Value switch
        {
            "schema" => ParseSchemaExtension(),
            "scalar" => ParseScalarTypeExtension(),
            "type" => ParseObjectTypeExtension(),
            "interface" => ParseInterfaceTypeExtension(),
            "union" => ParseUnionTypeExtension(),
            "enum" => ParseEnumTypeExtension(),
            "input" => ParseInputObjectTypeExtension(),
            _ => throw Unexpected(keyword),
        };
    }

    /// <summary>Consumes <c>extend keyword</c> and returns the first token, where the extension starts.</summary>
    Token ExpectExtend(string keyword)
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword(keyword);
        return start;
    }

    /// <summary>Throws "Unexpected …" at the current token when an extension adds nothing.</summary>
    void ExpectSomething(params ReadOnlySpan<int> counts)
    {
        foreach (var count in counts)
        {
            if (count > 0)
                return;
        }
        throw Unexpected();
    }

    /// <summary>SchemaExtension :: extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</summary>
    SchemaExtensionNode ParseSchemaExtension()
    {
        var start = ExpectExtend("schema");
        var directives = ParseDirectives(true);
        var operationTypes = OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        ExpectSomething(directives.Count, operationTypes.Count);
        return new SchemaExtensionNode(directives, operationTypes) { Location = Loc(start) };
    }

    /// <summary>ScalarTypeExtension :: extend scalar Name Directives[Const]</summary>
    ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = ExpectExtend("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        ExpectSomething(directives.Count);
        return new ScalarTypeExtensionNode(name, directives) { Location = Loc(start) };
    }

    /// <summary>ObjectTypeExtension :: extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (at least one)</summary>
    ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var (start, name, interfaces, directives, fields) = ParseObjectLikeExtension("type");
        return new ObjectTypeExtensionNode(name, interfaces, directives, fields) { Location = Loc(start) };
    }

    /// <summary>InterfaceTypeExtension :: extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (at least one)</summary>
    InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var (start, name, interfaces, directives, fields) = ParseObjectLikeExtension("interface");
        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields) { Location = Loc(start) };
    }

    /// <summary>The shared shape of object and interface extensions.</summary>
    (Token Start, NameNode Name, NodeList<NamedTypeNode> Interfaces, NodeList<DirectiveNode> Directives, NodeList<FieldDefinitionNode> Fields)
        ParseObjectLikeExtension(string keyword)
    {
        var start = ExpectExtend(keyword);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        ExpectSomething(interfaces.Count, directives.Count, fields.Count);
        return (start, name, interfaces, directives, fields);
    }

    /// <summary>UnionTypeExtension :: extend union Name Directives[Const]? UnionMemberTypes? (at least one)</summary>
    UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = ExpectExtend("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        ExpectSomething(directives.Count, types.Count);
        return new UnionTypeExtensionNode(name, directives, types) { Location = Loc(start) };
    }

    /// <summary>EnumTypeExtension :: extend enum Name Directives[Const]? EnumValuesDefinition? (at least one)</summary>
    EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = ExpectExtend("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        ExpectSomething(directives.Count, values.Count);
        return new EnumTypeExtensionNode(name, directives, values) { Location = Loc(start) };
    }

    /// <summary>InputObjectTypeExtension :: extend input Name Directives[Const]? InputFieldsDefinition? (at least one)</summary>
    InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = ExpectExtend("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputFieldsDefinition();
        ExpectSomething(directives.Count, fields.Count);
        return new InputObjectTypeExtensionNode(name, directives, fields) { Location = Loc(start) };
    }

    /// <summary>DirectiveDefinition :: Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</summary>
    DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefs();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation);
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations) { Location = Loc(start) };
    }

    /// <summary>DirectiveLocation :: ExecutableDirectiveLocation | TypeSystemDirectiveLocation</summary>
    NameNode ParseDirectiveLocation()
    {
        var start = Current;
        var name = ParseName();
        return DirectiveLocations.Contains(name.Value) ? name : throw Unexpected(start);
    }
}
