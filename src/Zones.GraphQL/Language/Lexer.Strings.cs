using System.Text;
using static Zones.GraphQL.Language.CharacterClasses;

namespace Zones.GraphQL.Language;

/// <summary>
/// String tokens: quoted strings with escape sequences (including <c>\u{…}</c> and surrogate-pair
/// escapes) and block strings, dedented by <see cref="BlockString.DedentLines"/>.
/// Spec: https://spec.graphql.org/September2025/#sec-String-Value
/// </summary>
public sealed partial class Lexer
{
    /// <summary>StringValue :: `"` StringCharacter* `"`</summary>
    Token ReadString(int start)
    {
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null; // only strings with escapes need a builder
        while (position < _body.Length)
        {
            int code = _body[position];
            if (code == '"')
            {
                var text = value is null ? _body[chunkStart..position] : value.Append(_body, chunkStart, position - chunkStart).ToString();
                return Create(TokenKind.String, start, position + 1, text);
            }
            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(_body, chunkStart, position - chunkStart);
                position += ReadEscape(position, value);
                chunkStart = position;
                continue;
            }
            if (code is '\n' or '\r')
                break;
            position += SourceCharacterSize(position, code);
        }
        throw GraphQLError.Syntax(Source, position, "Unterminated string.");
    }

    /// <summary>Size of the SourceCharacter at a position (2 for a surrogate pair); throws on a lone surrogate.</summary>
    int SourceCharacterSize(int position, int code)
    {
        if (IsUnicodeScalarValue(code))
            return 1;
        if (IsSupplementaryCodePoint(position))
            return 2;
        throw GraphQLError.Syntax(Source, position, $"Invalid character within String: {PrintCodePointAt(position)}.");
    }

    /// <summary>Appends the value of the escape sequence at <paramref name="position"/> and returns its length.</summary>
    int ReadEscape(int position, StringBuilder value)
    {
        if (At(position + 1) != 'u')
            return ReadEscapedCharacter(position, value);
        return At(position + 2) == '{'
            ? ReadEscapedUnicodeVariableWidth(position, value)
            : ReadEscapedUnicodeFixedWidth(position, value);
    }

    /// <summary>EscapedUnicode :: `{` HexDigit+ `}`</summary>
    int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12) // at most \u{00000000}
        {
            var code = At(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                    break;
                value.Append(char.ConvertFromUtf32(point));
                return size;
            }
            point = (point << 4) | HexValue(code);
            if (point < 0)
                break;
        }
        throw InvalidUnicodeEscape(position, size);
    }

    /// <summary>EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit (a surrogate pair only as two escapes)</summary>
    int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHex(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }
        if (IsLeadingSurrogate(code) && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (IsTrailingSurrogate(trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }
        throw InvalidUnicodeEscape(position, 6);
    }

    int Read16BitHex(int position) =>
        (HexValue(At(position)) << 12) | (HexValue(At(position + 1)) << 8) |
        (HexValue(At(position + 2)) << 4) | HexValue(At(position + 3));

    GraphQLError InvalidUnicodeEscape(int position, int size) =>
        GraphQLError.Syntax(Source, position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");

    /// <summary>EscapedCharacter :: one of `"` `\` `/` `b` `f` `n` `r` `t`</summary>
    int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = At(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
            throw GraphQLError.Syntax(Source, position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        value.Append(escaped.Value);
        return 2;
    }

    /// <summary>A substring clamped to the body, like JavaScript's <c>slice</c>.</summary>
    string Slice(int start, int end) => _body[start..Math.Min(end, _body.Length)];

    /// <summary>StringValue :: `"""` BlockStringCharacter* `"""`</summary>
    Token ReadBlockString(int start)
    {
        var lineStart = LineStart;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < _body.Length)
        {
            int code = _body[position];
            if (code == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                lines.Add(currentLine.Append(_body, chunkStart, position - chunkStart).ToString());
                var token = Create(TokenKind.BlockString, start, position + 3, string.Join('\n', BlockString.DedentLines(lines)));
                Line += lines.Count - 1;
                LineStart = lineStart;
                return token;
            }
            if (code == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                chunkStart = position + 1; // drop only the backslash
                position += 4;
                continue;
            }
            if (code is '\n' or '\r')
            {
                lines.Add(currentLine.Append(_body, chunkStart, position - chunkStart).ToString());
                currentLine.Clear();
                position += code == '\r' && At(position + 1) == '\n' ? 2 : 1;
                chunkStart = lineStart = position;
                continue;
            }
            position += SourceCharacterSize(position, code);
        }
        throw GraphQLError.Syntax(Source, position, "Unterminated string.");
    }
}
