using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Language;

/// <summary>
/// Type system definitions: schema, scalar, object, interface, union, enum and input object types,
/// with their fields, arguments and enum values.
/// Spec: https://spec.graphql.org/September2025/#sec-Type-System
/// </summary>
public sealed partial class Parser
{
    /// <summary>SchemaDefinition :: Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
    SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = Many(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        return new SchemaDefinitionNode(description, directives, operationTypes) { Location = Loc(start) };
    }

    /// <summary>RootOperationTypeDefinition :: OperationType : NamedType</summary>
    OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Current;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        return new OperationTypeDefinitionNode(operation, ParseNamedType()) { Location = Loc(start) };
    }

    /// <summary>ScalarTypeDefinition :: Description? scalar Name Directives[Const]?</summary>
    ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        return new ScalarTypeDefinitionNode(description, name, ParseDirectives(true)) { Location = Loc(start) };
    }

    /// <summary>ObjectTypeDefinition :: Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var (start, description, name, interfaces, directives, fields) = ParseObjectLikeDefinition("type");
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = Loc(start) };
    }

    /// <summary>The shared shape of object and interface definitions: Description? keyword Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    (Token Start, StringValueNode? Description, NameNode Name, NodeList<NamedTypeNode> Interfaces, NodeList<DirectiveNode> Directives,
        NodeList<FieldDefinitionNode> Fields) ParseObjectLikeDefinition(string keyword)
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword(keyword);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        return (start, description, name, interfaces, directives, ParseFieldsDefinition());
    }

    /// <summary>ImplementsInterfaces :: implements &amp;? NamedType (&amp; NamedType)*</summary>
    NodeList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, ParseNamedType) : NodeList<NamedTypeNode>.Empty;

    /// <summary>FieldsDefinition :: { FieldDefinition+ }</summary>
    NodeList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);

    /// <summary>FieldDefinition :: Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefs();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode(description, name, arguments, type, ParseDirectives(true)) { Location = Loc(start) };
    }

    /// <summary>ArgumentsDefinition :: ( InputValueDefinition+ )</summary>
    NodeList<InputValueDefinitionNode> ParseArgumentDefs() =>
        OptionalMany(TokenKind.ParenL, ParseInputValueDef, TokenKind.ParenR);

    /// <summary>InputValueDefinition :: Description? Name : Type DefaultValue? Directives[Const]?</summary>
    InputValueDefinitionNode ParseInputValueDef()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.EqualsSign) ? ParseValueLiteral(true) : null;
        return new InputValueDefinitionNode(description, name, type, defaultValue, ParseDirectives(true)) { Location = Loc(start) };
    }

    /// <summary>InterfaceTypeDefinition :: Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var (start, description, name, interfaces, directives, fields) = ParseObjectLikeDefinition("interface");
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = Loc(start) };
    }

    /// <summary>UnionTypeDefinition :: Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new UnionTypeDefinitionNode(description, name, directives, ParseUnionMemberTypes()) { Location = Loc(start) };
    }

    /// <summary>UnionMemberTypes :: = |? NamedType (| NamedType)*</summary>
    NodeList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.EqualsSign) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : NodeList<NamedTypeNode>.Empty;

    /// <summary>EnumTypeDefinition :: Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new EnumTypeDefinitionNode(description, name, directives, ParseEnumValuesDefinition()) { Location = Loc(start) };
    }

    /// <summary>EnumValuesDefinition :: { EnumValueDefinition+ }</summary>
    NodeList<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR);

    /// <summary>EnumValueDefinition :: Description? EnumValue Directives[Const]?</summary>
    EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseEnumValueName();
        return new EnumValueDefinitionNode(description, name, ParseDirectives(true)) { Location = Loc(start) };
    }

    /// <summary>EnumValue :: Name but not true, false or null</summary>
    NameNode ParseEnumValueName()
    {
        if (Current.Value is "true" or "false" or "null")
            throw Error(Current.Start, $"{Current.Describe()} is reserved and cannot be used for an enum value.");
        return ParseName();
    }

    /// <summary>InputObjectTypeDefinition :: Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
    InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new InputObjectTypeDefinitionNode(description, name, directives, ParseInputFieldsDefinition()) { Location = Loc(start) };
    }

    /// <summary>InputFieldsDefinition :: { InputValueDefinition+ }</summary>
    NodeList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseInputValueDef, TokenKind.BraceR);
}
