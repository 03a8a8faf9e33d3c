using System.Text;

namespace Zones.GraphQL.Language;

/// <summary>
/// Prints a string value as a quoted GraphQL string (graphql-js <c>printString</c>): C0 and C1
/// controls, <c>"</c> and <c>\</c> are escaped, everything else is printed as is.
/// Spec: https://spec.graphql.org/September2025/#sec-String-Value
/// </summary>
public static class StringPrinter
{
    /// <summary>The quoted, escaped form of <paramref name="value"/>.</summary>
    public static string Print(string value)
    {
        var result = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (Escape(c) is { } escaped)
                result.Append(escaped);
            else
                result.Append(c);
        }
        return result.Append('"').ToString();
    }

    static string? Escape(char c) => c switch
    {
        '\b' => "\\b",
        '\t' => "\\t",
        '\n' => "\\n",
        '\f' => "\\f",
        '\r' => "\\r",
        '"' => "\\\"",
        '\\' => "\\\\",
        < '\u0020' or (>= '\u007F' and <= '\u009F') => $"\\u{(int)c:X4}",
        _ => null,
    };
}
