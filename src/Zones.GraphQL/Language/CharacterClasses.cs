namespace Zones.GraphQL.Language;

/// <summary>
/// Character predicates of the lexical grammar (graphql-js <c>characterClasses</c>). They take an
/// <c>int</c> code so "past the end" (-1) is simply not in any class.
/// Spec: https://spec.graphql.org/September2025/#sec-Names
/// </summary>
static class CharacterClasses
{
    /// <summary>WhiteSpace :: Horizontal Tab (U+0009) | Space (U+0020)</summary>
    public static bool IsWhiteSpace(int c) => c is '\t' or ' ';

    /// <summary>Digit :: one of 0 1 2 3 4 5 6 7 8 9</summary>
    public static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>Letter :: A–Z | a–z</summary>
    public static bool IsLetter(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>NameStart :: Letter | <c>_</c></summary>
    public static bool IsNameStart(int c) => IsLetter(c) || c == '_';

    /// <summary>NameContinue :: Letter | Digit | <c>_</c></summary>
    public static bool IsNameContinue(int c) => IsLetter(c) || IsDigit(c) || c == '_';

    /// <summary>SourceCharacter :: any Unicode scalar value (every code point but surrogates).</summary>
    public static bool IsUnicodeScalarValue(int c) => c is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    /// <summary>Whether the code unit is a leading (high) surrogate.</summary>
    public static bool IsLeadingSurrogate(int c) => c is >= 0xD800 and <= 0xDBFF;

    /// <summary>Whether the code unit is a trailing (low) surrogate.</summary>
    public static bool IsTrailingSurrogate(int c) => c is >= 0xDC00 and <= 0xDFFF;

    /// <summary>HexDigit value 0–15, or -1 when <paramref name="c"/> is not a hex digit.</summary>
    public static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
