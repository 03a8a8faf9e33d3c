using static Zones.GraphQL.Language.CharacterClasses;

namespace Zones.GraphQL.Language;

/// <summary>
/// Turns source text into tokens on demand, one <see cref="Advance"/> at a time, working on indices
/// into the source string (graphql-js <c>Lexer</c>). Comments are linked into the token list but
/// never returned.
/// Spec: https://spec.graphql.org/September2025/#sec-Language.Source-Text
/// </summary>
public sealed partial class Lexer
{
    readonly string _body;

    /// <summary>Creates a lexer positioned on the start-of-file token.</summary>
    public Lexer(Source source)
    {
        Source = source;
        _body = source.Body;
        Token = LastToken = new Token(TokenKind.Sof, 0, 0, 0, 0);
    }

    /// <summary>The source being lexed.</summary>
    public Source Source { get; }

    /// <summary>The most recent non-ignored token returned.</summary>
    public Token LastToken { get; private set; }

    /// <summary>The current non-ignored token.</summary>
    public Token Token { get; private set; }

    /// <summary>1-based line of the lexer cursor.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>Offset where the cursor's line starts.</summary>
    public int LineStart { get; private set; }

    /// <summary>When set, more comments than this abort lexing (graphql-js <c>maxComments</c>).</summary>
    internal int? MaxComments { get; set; }

    int _commentCount;

    /// <summary>Moves to the next non-ignored token and returns it.</summary>
    public Token Advance()
    {
        LastToken = Token;
        return Token = Lookahead();
    }

    /// <summary>Returns the next non-ignored token without moving.</summary>
    public Token Lookahead()
    {
        var token = Token;
        if (token.Kind == TokenKind.Eof)
            return token;
        do
        {
            if (token.Next is null)
            {
                var next = ReadNextToken(token.End);
                token.Next = next;
                next.Prev = token;
            }
            token = token.Next;
        } while (token.Kind == TokenKind.Comment);
        return token;
    }

    int At(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    Token Create(TokenKind kind, int start, int end, string? value = null) =>
        new(kind, start, end, Line, 1 + start - LineStart, value);

    Token Punctuator(TokenKind kind, int position) => Create(kind, position, position + 1);

    /// <summary>Token :: Punctuator | Name | IntValue | FloatValue | StringValue, after skipping Ignored tokens.</summary>
    Token ReadNextToken(int position)
    {
        while (position < _body.Length)
        {
            int code = _body[position];
            switch (code)
            {
                case 0xFEFF or '\t' or ' ' or ',':
                    position++;
                    continue;
                case '\n':
                    NewLine(++position);
                    continue;
                case '\r':
                    position += At(position + 1) == '\n' ? 2 : 1;
                    NewLine(position);
                    continue;
                case '#':
                    return ReadComment(position);
                case '"':
                    return At(position + 1) == '"' && At(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }
            if (PunctuatorAt(position) is { } punctuator)
                return punctuator;
            if (IsDigit(code) || code == '-')
                return ReadNumber(position, code);
            if (IsNameStart(code))
                return ReadName(position);
            throw UnexpectedCharacter(position, code);
        }
        return Create(TokenKind.Eof, _body.Length, _body.Length);
    }

    void NewLine(int lineStart)
    {
        Line++;
        LineStart = lineStart;
    }

    /// <summary>Punctuator :: one of ! $ &amp; ( ) ... : = @ [ ] { | }</summary>
    Token? PunctuatorAt(int position) => _body[position] switch
    {
        '!' => Punctuator(TokenKind.Bang, position),
        '$' => Punctuator(TokenKind.Dollar, position),
        '&' => Punctuator(TokenKind.Amp, position),
        '(' => Punctuator(TokenKind.ParenL, position),
        ')' => Punctuator(TokenKind.ParenR, position),
        '.' when At(position + 1) == '.' && At(position + 2) == '.' => Create(TokenKind.Spread, position, position + 3),
        ':' => Punctuator(TokenKind.Colon, position),
        '=' => Punctuator(TokenKind.EqualsSign, position),
        '@' => Punctuator(TokenKind.At, position),
        '[' => Punctuator(TokenKind.BracketL, position),
        ']' => Punctuator(TokenKind.BracketR, position),
        '{' => Punctuator(TokenKind.BraceL, position),
        '|' => Punctuator(TokenKind.Pipe, position),
        '}' => Punctuator(TokenKind.BraceR, position),
        _ => null,
    };

    GraphQLError UnexpectedCharacter(int position, int code) =>
        GraphQLError.Syntax(Source, position, code == '\''
            ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
            : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                ? $"Unexpected character: {PrintCodePointAt(position)}."
                : $"Invalid character: {PrintCodePointAt(position)}.");

    /// <summary>Whether a valid surrogate pair starts at <paramref name="position"/>.</summary>
    bool IsSupplementaryCodePoint(int position) =>
        IsLeadingSurrogate(At(position)) && IsTrailingSurrogate(At(position + 1));

    /// <summary>The code point at a position as graphql-js prints it: <c>"a"</c>, <c>'"'</c>, <c>U+00E9</c> or <c>&lt;EOF&gt;</c>.</summary>
    string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
            return TokenKind.Eof.Text();
        int code = IsSupplementaryCodePoint(position) ? char.ConvertToUtf32(_body[position], _body[position + 1]) : _body[position];
        if (code is >= 0x20 and <= 0x7E)
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        return "U+" + code.ToString("X4");
    }

    /// <summary>Comment :: # CommentChar* [lookahead != CommentChar]</summary>
    Token ReadComment(int start)
    {
        if (MaxComments is { } max && ++_commentCount > max)
            throw GraphQLError.Syntax(Source, start, $"Document contains more than {max} comments. Parsing aborted.");
        var position = start + 1;
        while (position < _body.Length)
        {
            int code = _body[position];
            if (code is '\n' or '\r')
                break;
            if (IsUnicodeScalarValue(code))
                position++;
            else if (IsSupplementaryCodePoint(position))
                position += 2;
            else
                break;
        }
        return Create(TokenKind.Comment, start, position, _body[(start + 1)..position]);
    }

    /// <summary>Name :: NameStart NameContinue* [lookahead != NameContinue]</summary>
    Token ReadName(int start)
    {
        var position = start + 1;
        while (IsNameContinue(At(position)))
            position++;
        return Create(TokenKind.Name, start, position, _body[start..position]);
    }
}
