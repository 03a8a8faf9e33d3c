namespace Zones.GraphQL.Language;

/// <summary>
/// The kinds of lexical tokens (graphql-js <c>TokenKind</c>), plus start/end of file markers.
/// Spec: https://spec.graphql.org/September2025/#sec-Language.Source-Text.Lexical-Tokens
/// </summary>
public enum TokenKind
{
    /// <summary>Start of file.</summary>
    Sof,
    /// <summary>End of file.</summary>
    Eof,
    /// <summary><c>!</c></summary>
    Bang,
    /// <summary><c>$</c></summary>
    Dollar,
    /// <summary><c>&amp;</c></summary>
    Amp,
    /// <summary><c>(</c></summary>
    ParenL,
    /// <summary><c>)</c></summary>
    ParenR,
    /// <summary><c>.</c> (only produced by the schema-coordinate lexer in graphql-js).</summary>
    Dot,
    /// <summary><c>...</c></summary>
    Spread,
    /// <summary><c>:</c></summary>
    Colon,
    /// <summary><c>=</c></summary>
    EqualsSign,
    /// <summary><c>@</c></summary>
    At,
    /// <summary><c>[</c></summary>
    BracketL,
    /// <summary><c>]</c></summary>
    BracketR,
    /// <summary><c>{</c></summary>
    BraceL,
    /// <summary><c>|</c></summary>
    Pipe,
    /// <summary><c>}</c></summary>
    BraceR,
    /// <summary>A name.</summary>
    Name,
    /// <summary>An IntValue.</summary>
    Int,
    /// <summary>A FloatValue.</summary>
    Float,
    /// <summary>A quoted StringValue.</summary>
    String,
    /// <summary>A block (triple-quoted) StringValue.</summary>
    BlockString,
    /// <summary>A comment (skipped by the parser).</summary>
    Comment,
}
