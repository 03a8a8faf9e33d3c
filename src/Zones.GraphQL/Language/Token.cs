namespace Zones.GraphQL.Language;

/// <summary>
/// One lexical token with its offsets and 1-based line/column; tokens form a doubly linked list
/// as in graphql-js, so a node's <see cref="Location"/> can reach its first and last token.
/// Spec: https://spec.graphql.org/September2025/#sec-Language.Source-Text.Lexical-Tokens
/// </summary>
public sealed class Token(TokenKind kind, int start, int end, int line, int column, string? value = null)
{
    /// <summary>The kind of token.</summary>
    public TokenKind Kind { get; } = kind;

    /// <summary>Offset of the first character.</summary>
    public int Start { get; } = start;

    /// <summary>Offset just past the last character.</summary>
    public int End { get; } = end;

    /// <summary>1-based line of <see cref="Start"/>.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column of <see cref="Start"/>.</summary>
    public int Column { get; } = column;

    /// <summary>The interpreted value for names, numbers, strings and comments; otherwise null.</summary>
    public string? Value { get; } = value;

    /// <summary>The previous token (comments included), null for SOF.</summary>
    public Token? Prev { get; internal set; }

    /// <summary>The next token (comments included), null until lexed and for EOF.</summary>
    public Token? Next { get; internal set; }

    /// <summary>The token as in graphql-js messages: kind, then the quoted value if any.</summary>
    public string Describe() => Kind.Describe() + (Value is null ? "" : $" \"{Value}\"");

    /// <inheritdoc />
    public override string ToString() => Describe();
}
