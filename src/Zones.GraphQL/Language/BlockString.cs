using System.Text;
using static Zones.GraphQL.Language.CharacterClasses;

namespace Zones.GraphQL.Language;

/// <summary>
/// Block string algorithms of graphql-js: <c>dedentBlockStringLines</c> (the spec's
/// BlockStringValue()), <c>isPrintableAsBlockString</c> and <c>printBlockString</c>.
/// Spec: https://spec.graphql.org/September2025/#BlockStringValue()
/// </summary>
public static class BlockString
{
    /// <summary>Removes the common indentation (ignoring the first line) and leading/trailing blank lines.</summary>
    public static IReadOnlyList<string> DedentLines(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var indent = LeadingWhitespace(lines[i]);
            if (indent == lines[i].Length)
                continue; // blank lines do not count
            if (firstNonEmpty < 0)
                firstNonEmpty = i;
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
                commonIndent = indent;
        }
        var from = Math.Max(firstNonEmpty, 0);
        var result = new List<string>(Math.Max(lastNonEmpty + 1 - from, 0));
        for (var i = from; i <= lastNonEmpty; i++)
            result.Add(i == 0 ? lines[i] : lines[i][Math.Min(commonIndent, lines[i].Length)..]);
        return result;
    }

    static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
            i++;
        return i;
    }

    /// <summary>Whether printing <paramref name="value"/> as a block string would give back the same value.</summary>
    public static bool IsPrintable(string value)
    {
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false; // non-printable, or \r which would be read back as \n
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                        return false; // leading new line
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        return value.Length == 0 || (!isEmptyLine && !(hasCommonIndent && seenNonEmptyLine));
    }

    /// <summary>Splits on <c>\r\n</c>, <c>\n</c> and <c>\r</c> (and nothing else, unlike <c>ReplaceLineEndings</c>).</summary>
    static string[] SplitLines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

    /// <summary>Prints a string as a block string the way graphql-js <c>printBlockString</c> does.</summary>
    public static string Print(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"");
        var lines = SplitLines(escaped);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(l => l.Length == 0 || IsWhiteSpace(l[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var forceTrailingNewline = hasTrailingQuote || value.EndsWith('\\');
        var printAsMultipleLines = !minimize && (!isSingleLine || value.Length > 70 || forceTrailingNewline
            || forceLeadingNewLine || hasTrailingTripleQuotes);
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        var result = new StringBuilder("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
            result.Append('\n');
        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline)
            result.Append('\n');
        return result.Append("\"\"\"").ToString();
    }
}
