using Zones.GraphQL.Language;

namespace Zones.GraphQL;

/// <summary>
/// A 1-based line and column in a <see cref="Source"/>, the shape of <c>locations</c> in a response
/// (graphql-js <c>getLocation</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Errors.Error-Result-Format
/// </summary>
/// <param name="Line">1-based line; <c>\r\n</c>, <c>\n</c> and <c>\r</c> each end a line.</param>
/// <param name="Column">1-based column counted in UTF-16 code units, as graphql-js does.</param>
public readonly record struct SourceLocation(int Line, int Column)
{
    /// <summary>Computes the line and column of a character offset.</summary>
    public static SourceLocation Of(Source source, int position)
    {
        var body = source.Body.AsSpan();
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < body.Length && i < position; i++)
        {
            var c = body[i];
            if (c == '\r' && i + 1 < body.Length && body[i + 1] == '\n')
                i++;
            else if (c != '\n' && c != '\r')
                continue;
            line++;
            lineStart = i + 1;
        }
        return new SourceLocation(line, position + 1 - lineStart);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
