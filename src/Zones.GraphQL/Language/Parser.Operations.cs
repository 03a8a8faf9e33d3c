using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Language;

/// <summary>
/// Documents and executable definitions: operations, variables, selections, fields, arguments and
/// fragments.
/// Spec: https://spec.graphql.org/September2025/#sec-Executable-Definitions
/// </summary>
public sealed partial class Parser
{
    /// <summary>Document :: Definition+</summary>
    DocumentNode ParseDocument()
    {
        var start = Current;
        return new DocumentNode(Many(TokenKind.Sof, ParseDefinition, TokenKind.Eof)) { Location = Loc(start) };
    }

    /// <summary>
    /// Definition :: ExecutableDefinition | TypeSystemDefinitionOrExtension — chosen by the keyword,
    /// looking past a description when there is one.
    /// </summary>
    DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
            return ParseOperationDefinition();
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
            throw Error(Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        if (keyword.Kind == TokenKind.Name)
        {
            if (ParseDefinitionByKeyword(keyword.Value!) is { } definition)
                return definition;
            if (hasDescription)
                throw Error(Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            if (keyword.Value == "extend")
                return ParseTypeSystemExtension();
        }
        throw Unexpected(keyword);
    }

    DefinitionNode? ParseDefinitionByKeyword(string keyword) => keyword switch
    {
        "schema" => ParseSchemaDefinition(),
        "scalar" => ParseScalarTypeDefinition(),
        "type" => ParseObjectTypeDefinition(),
        "interface" => ParseInterfaceTypeDefinition(),
        "union" => ParseUnionTypeDefinition(),
        "enum" => ParseEnumTypeDefinition(),
        "input" => ParseInputObjectTypeDefinition(),
        "directive" => ParseDirectiveDefinition(),
        "query" or "mutation" or "subscription" => ParseOperationDefinition(),
        "fragment" => ParseFragmentDefinition(),
        _ => null,
    };

    /// <summary>
    /// OperationDefinition :: Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
    /// </summary>
    OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (Peek(TokenKind.BraceL))
            return new OperationDefinitionNode(OperationType.Query, null, null, [], [], ParseSelectionSet()) { Location = Loc(start) };
        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        return new OperationDefinitionNode(operation, description, name, ParseVariableDefinitions(), ParseDirectives(false),
            ParseSelectionSet()) { Location = Loc(start) };
    }

    /// <summary>OperationType :: one of query mutation subscription</summary>
    OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    /// <summary>VariablesDefinition :: ( VariableDefinition+ )</summary>
    NodeList<VariableDefinitionNode> ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenL, ParseVariableDefinition, TokenKind.ParenR);

    /// <summary>VariableDefinition :: Description? Variable : Type DefaultValue? Directives[Const]?</summary>
    VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.EqualsSign) ? ParseValueLiteral(true) : null;
        return new VariableDefinitionNode(description, variable, type, defaultValue, ParseDirectives(true)) { Location = Loc(start) };
    }

    /// <summary>Variable :: $ Name</summary>
    VariableNode ParseVariable()
    {
        var start = Current;
        ExpectToken(TokenKind.Dollar);
        return new VariableNode(ParseName()) { Location = Loc(start) };
    }

    /// <summary>SelectionSet :: { Selection+ }</summary>
    SelectionSetNode ParseSelectionSet()
    {
        var start = Current;
        return new SelectionSetNode(Many(TokenKind.BraceL, ParseSelection, TokenKind.BraceR)) { Location = Loc(start) };
    }

    /// <summary>Selection :: Field | FragmentSpread | InlineFragment</summary>
    SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field :: Alias? Name Arguments? Directives? SelectionSet?</summary>
    FieldNode ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        return new FieldNode(alias, name, ParseArguments(false), ParseDirectives(false),
            Peek(TokenKind.BraceL) ? ParseSelectionSet() : null) { Location = Loc(start) };
    }

    /// <summary>Arguments[Const] :: ( Argument[?Const]+ )</summary>
    NodeList<ArgumentNode> ParseArguments(bool isConst) =>
        OptionalMany(TokenKind.ParenL, () => ParseArgument(isConst), TokenKind.ParenR);

    /// <summary>Argument[Const] :: Name : Value[?Const]</summary>
    ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ArgumentNode(name, ParseValueLiteral(isConst)) { Location = Loc(start) };
    }

    /// <summary>FragmentSpread :: ... FragmentName Directives? — InlineFragment :: ... TypeCondition? Directives? SelectionSet</summary>
    SelectionNode ParseFragment()
    {
        var start = Current;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
            return new FragmentSpreadNode(ParseFragmentName(), ParseDirectives(false)) { Location = Loc(start) };
        return new InlineFragmentNode(hasTypeCondition ? ParseNamedType() : null, ParseDirectives(false), ParseSelectionSet())
        {
            Location = Loc(start),
        };
    }

    /// <summary>FragmentDefinition :: Description? fragment FragmentName TypeCondition Directives? SelectionSet</summary>
    FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        return new FragmentDefinitionNode(description, name, ParseNamedType(), ParseDirectives(false), ParseSelectionSet())
        {
            Location = Loc(start),
        };
    }

    /// <summary>FragmentName :: Name but not on</summary>
    NameNode ParseFragmentName() => Current.Value == "on" ? throw Unexpected() : ParseName();

    /// <summary>Name :: NameStart NameContinue*</summary>
    NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(token.Value!) { Location = Loc(token) };
    }
}
