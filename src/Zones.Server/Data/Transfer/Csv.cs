using System.Text;
using System.Text.RegularExpressions;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// RFC 4180 CSV (https://www.rfc-editor.org/rfc/rfc4180): reading with the row numbers Excel
/// shows, and writing the way Excel reads back (CRLF line ends, quotes only where needed).
/// </summary>
static partial class Csv
{
    /// <summary>
    /// The records of <paramref name="text"/>, each with its Excel row number: the header is row 1,
    /// and a quoted field spanning lines is still one row. Blank lines are counted, not returned.
    /// </summary>
    public static IEnumerable<(int Row, string[] Fields)> Read(string text, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var row = 0;
        var i = 0;
        while (i < text.Length)
        {
            row++;
            i = ReadRecord(text, i, delimiter, fields, field);
            if (fields.Exists(f => f.Length > 0))
                yield return (row, fields.ToArray());
        }
    }

    /// <summary>Reads one record starting at <paramref name="i"/>; returns where the next one starts.</summary>
    static int ReadRecord(string text, int i, char delimiter, List<string> fields, StringBuilder field)
    {
        fields.Clear();
        field.Clear();
        var quoted = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                    field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"')
                    field.Append(text[++i]);
                else
                    quoted = false;
            }
            else if (c == '"' && field.Length == 0)
                quoted = true;
            else if (c == delimiter)
                fields.Add(Take(field));
            else if (c is '\r' or '\n')
                return EndOfLine(text, i, fields, field);
            else
                field.Append(c);
        }
        fields.Add(Take(field));
        return i;
    }

    static int EndOfLine(string text, int i, List<string> fields, StringBuilder field)
    {
        fields.Add(Take(field));
        return text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
    }

    static string Take(StringBuilder field)
    {
        var value = field.ToString();
        field.Clear();
        return value;
    }

    /// <summary>
    /// The delimiter of a header line: tab for Excel's "Unicode text" export (tabs and no commas),
    /// else a comma.
    /// </summary>
    public static char DetectDelimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Contains('\t') && !header.Contains(',') ? '\t' : ',';
    }

    /// <summary>Appends one record and CRLF; a field is quoted when it holds a comma, a quote or a line break.</summary>
    public static void WriteRecord(TextWriter writer, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var f in fields)
        {
            if (!first)
                writer.Write(',');
            first = false;
            if (f is null)
                continue;
            if (f.AsSpan().IndexOfAny(",\"\r\n") < 0)
                writer.Write(f);
            else
                writer.Write($"\"{f.Replace("\"", "\"\"")}\"");
        }
        writer.Write("\r\n");
    }

    /// <summary>
    /// A value as a spreadsheet cell that cannot run as a formula (OWASP "CSV injection"): text
    /// starting with = + - @ or a tab gets a leading apostrophe, which the importer removes again.
    /// Export applies it to every column (codes and external ids come from people too); a plain
    /// negative number such as a coordinate (-12.5) is left as it is, since it cannot run anything.
    /// </summary>
    public static string? Guard(string? text) =>
        text is [ '=' or '+' or '-' or '@' or '\t' or '\r', ..] && !NegativeNumber().IsMatch(text) ? "'" + text : text;

    [GeneratedRegex(@"^-[0-9]+(\.[0-9]+)?$")]
    private static partial Regex NegativeNumber();

    /// <summary>Undoes <see cref="Guard"/>.</summary>
    public static string Unguard(string text) =>
        text is ['\'', '=' or '+' or '-' or '@' or '\t' or '\r', ..] ? text[1..] : text;
}
