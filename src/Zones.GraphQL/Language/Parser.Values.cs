using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Language;

/// <summary>
/// Input values, directives, type references and descriptions.
/// Spec: https://spec.graphql.org/September2025/#sec-Input-Values
/// </summary>
public sealed partial class Parser
{
    /// <summary>
    /// Value[Const] :: [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue
    /// | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    /// </summary>
    ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return new ListValueNode(Any(TokenKind.BracketL, () => ParseValueLiteral(isConst), TokenKind.BracketR)) { Location = Loc(token) };
            case TokenKind.BraceL:
                return new ObjectValueNode(Any(TokenKind.BraceL, () => ParseObjectField(isConst), TokenKind.BraceR)) { Location = Loc(token) };
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValueNode(token.Value!) { Location = Loc(token) };
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValueNode(token.Value!) { Location = Loc(token) };
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                AdvanceLexer();
                return NameValue(token);
            case TokenKind.Dollar:
                return isConst ? throw VariableInConstant(token) : ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>BooleanValue, NullValue or EnumValue, from a name token already consumed.</summary>
    ValueNode NameValue(Token token)
    {
        ValueNode value = token.Value switch
        {
            "true" => new BooleanValueNode(true),
            "false" => new BooleanValueNode(false),
            "null" => new NullValueNode(),
            _ => new EnumValueNode(token.Value!),
        };
        return value with { Location = Loc(token) };
    }

    GraphQLError VariableInConstant(Token dollar)
    {
        ExpectToken(TokenKind.Dollar);
        return Current.Kind == TokenKind.Name
            ? Error(dollar.Start, $"Unexpected variable \"${Current.Value}\" in constant value.")
            : Unexpected(dollar);
    }

    /// <summary>StringValue :: `"` StringCharacter* `"` | `"""` BlockStringCharacter* `"""`</summary>
    StringValueNode ParseStringLiteral()
    {
        var token = Current;
        AdvanceLexer();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = Loc(token) };
    }

    /// <summary>ObjectField[Const] :: Name : Value[?Const]</summary>
    ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ObjectFieldNode(name, ParseValueLiteral(isConst)) { Location = Loc(start) };
    }

    /// <summary>Directives[Const] :: Directive[?Const]+</summary>
    NodeList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
            return NodeList<DirectiveNode>.Empty;
        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
            directives.Add(ParseDirective(isConst));
        return NodeList.From(directives);
    }

    /// <summary>Directive[Const] :: @ Name Arguments[?Const]?</summary>
    DirectiveNode ParseDirective(bool isConst)
    {
        var start = Current;
        ExpectToken(TokenKind.At);
        return new DirectiveNode(ParseName(), ParseArguments(isConst)) { Location = Loc(start) };
    }

    /// <summary>Type :: NamedType | ListType | NonNullType</summary>
    TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketL))
        {
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            type = new ListTypeNode(inner) { Location = Loc(start) };
        }
        else
            type = ParseNamedType();
        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = Loc(start) } : type;
    }

    /// <summary>NamedType :: Name</summary>
    NamedTypeNode ParseNamedType()
    {
        var start = Current;
        return new NamedTypeNode(ParseName()) { Location = Loc(start) };
    }

    bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>Description :: StringValue</summary>
    StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;
}
