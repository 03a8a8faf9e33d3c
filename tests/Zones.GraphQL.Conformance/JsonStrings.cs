using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zones.GraphQL.Conformance;

/// <summary>
/// Reads JSON strings that may hold lone surrogates (<c>"\ud800"</c>). The corpus needs them to
/// test invalid source text, JavaScript accepts them, but System.Text.Json refuses to decode them.
/// </summary>
public static class JsonStrings
{
    /// <summary>The string value of a JSON string node, lone surrogates included.</summary>
    public static string Read(JsonNode node) => Unescape(node.GetValue<JsonElement>().GetRawText());

    /// <summary>Decodes a raw JSON string token (with its quotes).</summary>
    static string Unescape(string raw)
    {
        var text = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            if (raw[i] != '\\')
            {
                text.Append(raw[i]);
                continue;
            }
            var escape = raw[++i];
            if (escape == 'u')
            {
                text.Append((char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 4;
            }
            else
                text.Append(escape switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => escape });
        }
        return text.ToString();
    }
}
