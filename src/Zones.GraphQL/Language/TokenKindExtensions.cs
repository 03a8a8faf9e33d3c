namespace Zones.GraphQL.Language;

/// <summary>
/// How token kinds are named in syntax error messages (graphql-js <c>getTokenKindDesc</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Punctuators
/// </summary>
public static class TokenKindExtensions
{
    /// <summary>The graphql-js string value of the kind: <c>&lt;EOF&gt;</c>, <c>!</c>, <c>Name</c> …</summary>
    public static string Text(this TokenKind kind) => kind switch
    {
        TokenKind.Sof => "<SOF>",
        TokenKind.Eof => "<EOF>",
        TokenKind.Bang => "!",
        TokenKind.Dollar => "$",
        TokenKind.Amp => "&",
        TokenKind.ParenL => "(",
        TokenKind.ParenR => ")",
        TokenKind.Dot => ".",
        TokenKind.Spread => "...",
        TokenKind.Colon => ":",
        TokenKind.EqualsSign => "=",
        TokenKind.At => "@",
        TokenKind.BracketL => "[",
        TokenKind.BracketR => "]",
        TokenKind.BraceL => "{",
        TokenKind.Pipe => "|",
        TokenKind.BraceR => "}",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => "Comment",
    };

    /// <summary>Whether the kind is a punctuator (quoted in messages).</summary>
    public static bool IsPunctuator(this TokenKind kind) => kind is >= TokenKind.Bang and <= TokenKind.BraceR;

    /// <summary>The kind as it appears in messages: punctuators quoted, others bare.</summary>
    public static string Describe(this TokenKind kind) => kind.IsPunctuator() ? $"\"{kind.Text()}\"" : kind.Text();
}
