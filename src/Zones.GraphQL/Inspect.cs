using System.Collections;
using System.Globalization;
using System.Text;

namespace Zones.GraphQL;

/// <summary>
/// Formats values the way graphql-js messages do: <c>inspect</c> for values and JavaScript's
/// <c>Number#toString</c> for numbers, so coercion errors read exactly like graphql-js's.
/// Spec: https://spec.graphql.org/September2025/#sec-Scalars
/// </summary>
public static class Inspect
{
    /// <summary>Whether the value is a .NET number (every numeric primitive and decimal).</summary>
    public static bool IsNumber(object? value) =>
        value is int or long or double or float or decimal or short or byte or sbyte or uint or ulong or ushort;

    /// <summary>The value of a .NET number as a double (JavaScript has only doubles).</summary>
    public static double ToDouble(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    /// <summary>graphql-js <c>inspect</c>: strings JSON-quoted, lists <c>[1, 2]</c>, objects <c>{ a: 1 }</c>.</summary>
    public static string Value(object? value, int depth = 0) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        _ when IsNumber(value) => Number(ToDouble(value)),
        IDictionary dictionary => Object(dictionary, depth),
        IEnumerable list => List(list, depth),
        _ => value.ToString() ?? "",
    };

    static string Object(IDictionary dictionary, int depth)
    {
        if (dictionary.Count == 0)
            return "{}";
        if (depth >= 2)
            return "[Object]";
        var entries = new List<string>();
        foreach (DictionaryEntry entry in dictionary)
            entries.Add($"{entry.Key}: {Value(entry.Value, depth + 1)}");
        return "{ " + string.Join(", ", entries) + " }";
    }

    static string List(IEnumerable list, int depth)
    {
        var items = list.Cast<object?>().ToList();
        if (items.Count == 0)
            return "[]";
        if (depth >= 2)
            return "[Array]";
        var shown = items.Take(10).Select(i => Value(i, depth + 1)).ToList();
        if (items.Count > 10)
            shown.Add(items.Count == 11 ? "... 1 more item" : $"... {items.Count - 10} more items");
        return "[" + string.Join(", ", shown) + "]";
    }

    /// <summary>A string as <c>JSON.stringify</c> writes it.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    /// <summary>JavaScript's <c>Number#toString()</c>: shortest round-trip digits, exponent past 1e21 or below 1e-6.</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value))
            return "NaN";
        if (double.IsInfinity(value))
            return value > 0 ? "Infinity" : "-Infinity";
        if (value == 0)
            return "0";
        var (digits, point) = Digits(Math.Abs(value));
        var sign = value < 0 ? "-" : "";
        var k = digits.Length;
        if (k <= point && point <= 21)
            return sign + digits + new string('0', point - k);
        if (0 < point && point <= 21)
            return sign + digits[..point] + "." + digits[point..];
        if (-6 < point && point <= 0)
            return sign + "0." + new string('0', -point) + digits;
        var exponent = point - 1;
        var mantissa = k == 1 ? digits : digits[0] + "." + digits[1..];
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent);
    }

    /// <summary>Shortest significant digits of a positive double and the position of the decimal point.</summary>
    static (string Digits, int Point) Digits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var parts = text.Split('E');
        var exponent = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        var mantissa = parts[0].Split('.');
        var digits = mantissa[0] + (mantissa.Length > 1 ? mantissa[1] : "");
        var point = mantissa[0].Length + exponent;
        var trimmed = digits.TrimStart('0');
        point -= digits.Length - trimmed.Length;
        return (trimmed.TrimEnd('0'), point);
    }
}
