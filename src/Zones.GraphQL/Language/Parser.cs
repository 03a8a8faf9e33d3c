using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Language;

/// <summary>
/// A recursive-descent parser from source text to AST, following graphql-js <c>Parser</c> step by
/// step so that syntax errors carry the same message and position. This part holds the entry
/// points and the token utilities; the grammar lives in the other partials.
/// Spec: https://spec.graphql.org/September2025/#sec-Appendix-Grammar-Summary
/// </summary>
public sealed partial class Parser
{
    readonly Lexer _lexer;
    readonly ParseOptions _options;
    int _tokenCount;

    Parser(Source source, ParseOptions? options)
    {
        _options = options ?? ParseOptions.Default;
        _lexer = new Lexer(source) { MaxComments = _options.MaxComments };
    }

    /// <summary>Parses a document; throws a <see cref="GraphQLError"/> on the first syntax error.</summary>
    public static DocumentNode Parse(Source source, ParseOptions? options = null) =>
        new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal that may contain variables (graphql-js <c>parseValue</c>).</summary>
    public static ValueNode ParseValue(Source source, ParseOptions? options = null) =>
        new Parser(source, options).Whole(p => p.ParseValueLiteral(false));

    /// <summary>Parses a single constant value literal (graphql-js <c>parseConstValue</c>).</summary>
    public static ValueNode ParseConstValue(Source source, ParseOptions? options = null) =>
        new Parser(source, options).Whole(p => p.ParseValueLiteral(true));

    /// <summary>Parses a type reference such as <c>[String!]!</c> (graphql-js <c>parseType</c>).</summary>
    public static TypeNode ParseType(Source source, ParseOptions? options = null) =>
        new Parser(source, options).Whole(p => p.ParseTypeReference());

    T Whole<T>(Func<Parser, T> parse)
    {
        ExpectToken(TokenKind.Sof);
        var result = parse(this);
        ExpectToken(TokenKind.Eof);
        return result;
    }

    Token Current => _lexer.Token;

    /// <summary>The location from <paramref name="start"/> to the last consumed token, unless disabled.</summary>
    Location? Loc(Token start) => _options.NoLocation ? null : new Location(start, _lexer.LastToken, _lexer.Source);

    bool Peek(TokenKind kind) => Current.Kind == kind;

    Token ExpectToken(TokenKind kind)
    {
        var token = Current;
        if (token.Kind != kind)
            throw Error(token.Start, $"Expected {kind.Describe()}, found {token.Describe()}.");
        AdvanceLexer();
        return token;
    }

    bool ExpectOptionalToken(TokenKind kind)
    {
        if (Current.Kind != kind)
            return false;
        AdvanceLexer();
        return true;
    }

    void ExpectKeyword(string value)
    {
        if (!ExpectOptionalKeyword(value))
            throw Error(Current.Start, $"Expected \"{value}\", found {Current.Describe()}.");
    }

    bool ExpectOptionalKeyword(string value)
    {
        if (Current.Kind != TokenKind.Name || Current.Value != value)
            return false;
        AdvanceLexer();
        return true;
    }

    GraphQLError Unexpected(Token? token = null)
    {
        token ??= Current;
        return Error(token.Start, $"Unexpected {token.Describe()}.");
    }

    GraphQLError Error(int position, string description) => GraphQLError.Syntax(_lexer.Source, position, description);

    /// <summary>open item* close — zero or more items.</summary>
    NodeList<T> Any<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        while (!ExpectOptionalToken(close))
            nodes.Add(item());
        return NodeList.From(nodes);
    }

    /// <summary>(open item+ close)? — empty when the open token is absent.</summary>
    NodeList<T> OptionalMany<T>(TokenKind open, Func<T> item, TokenKind close) =>
        Peek(open) ? Many(open, item, close) : NodeList<T>.Empty;

    /// <summary>open item+ close — one or more items.</summary>
    NodeList<T> Many<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do
            nodes.Add(item());
        while (!ExpectOptionalToken(close));
        return NodeList.From(nodes);
    }

    /// <summary>delimiter? item (delimiter item)* — e.g. <c>&amp; A &amp; B</c> or <c>| A | B</c>.</summary>
    NodeList<T> DelimitedMany<T>(TokenKind delimiter, Func<T> item)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do
            nodes.Add(item());
        while (ExpectOptionalToken(delimiter));
        return NodeList.From(nodes);
    }

    void AdvanceLexer()
    {
        var token = _lexer.Advance();
        if (token.Kind == TokenKind.Eof)
            return;
        ++_tokenCount;
        // graphql-js 16 spells this message "more that"; we match it byte for byte.
        if (_options.MaxTokens is { } max && _tokenCount > max)
            throw Error(token.Start, $"Document contains more that {max} tokens. Parsing aborted.");
    }
}
