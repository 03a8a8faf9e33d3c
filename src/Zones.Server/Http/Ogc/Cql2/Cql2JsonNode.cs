using System.Text;
using System.Text.Json;

namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>
/// A JSON value with the character it starts at (1-based), which <see cref="JsonDocument"/> does
/// not keep: CQL2-JSON errors point into the filter text like CQL2-text ones.
/// </summary>
sealed record Cql2JsonNode(JsonTokenType Kind, int Position, string? Text = null, double Number = 0, string? Raw = null,
                           List<(string Name, Cql2JsonNode Value)>? Members = null, List<Cql2JsonNode>? Items = null)
{
    public Cql2JsonNode? this[string name] => Members?.FirstOrDefault(m => m.Name == name).Value;

    public static Cql2JsonNode Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        // Character (1-based) of each byte offset, so positions count characters as the user sees them.
        var charAt = new int[bytes.Length + 1];
        var b = 0;
        for (var c = 0; c < text.Length; c++)
        {
            var pair = char.IsHighSurrogate(text[c]) && c + 1 < text.Length && char.IsLowSurrogate(text[c + 1]);
            var n = pair ? 4 : Encoding.UTF8.GetByteCount(text.AsSpan(c, 1));
            for (var k = 0; k < n && b + k < bytes.Length; k++)
                charAt[b + k] = c + 1;
            b += n;
            if (pair)
                c++;
        }
        charAt[bytes.Length] = text.Length + 1;
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
                throw Cql2Exception.At(1, "filter 为空，应为 CQL2-JSON 对象", "the filter is empty; expected a CQL2-JSON object");
            var node = Value(ref reader, charAt);
            if (reader.Read())
                throw Cql2Exception.At(charAt[reader.TokenStartIndex], "JSON 值之后还有多余内容", "more text follows the JSON value");
            return node;
        }
        catch (JsonException e)
        {
            var at = Offset(bytes, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            throw Cql2Exception.At(charAt[Math.Min(at, bytes.Length)], $"不是有效的 JSON（{Reason(e)}）", $"this is not valid JSON ({Reason(e)})");
        }
    }

    static Cql2JsonNode Value(ref Utf8JsonReader r, int[] charAt)
    {
        var at = charAt[r.TokenStartIndex];
        switch (r.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<(string, Cql2JsonNode)>();
                while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                {
                    var name = r.GetString()!;
                    r.Read();
                    members.Add((name, Value(ref r, charAt)));
                }
                return new(JsonTokenType.StartObject, at, Members: members);
            case JsonTokenType.StartArray:
                var items = new List<Cql2JsonNode>();
                while (r.Read() && r.TokenType != JsonTokenType.EndArray)
                    items.Add(Value(ref r, charAt));
                return new(JsonTokenType.StartArray, at, Items: items);
            case JsonTokenType.String:
                return new(JsonTokenType.String, at, Text: r.GetString());
            case JsonTokenType.Number:
                var raw = Encoding.UTF8.GetString(r.ValueSpan);
                return new(JsonTokenType.Number, at, Number: r.GetDouble(), Raw: raw);
            default:
                return new(r.TokenType, at);
        }
    }

    static long Offset(byte[] bytes, long line, long byteInLine)
    {
        long offset = 0;
        for (var l = 0L; l < line && offset < bytes.Length; offset++)
            if (bytes[offset] == '\n')
                l++;
        return offset + byteInLine;
    }

    // The reader's message ends with "LineNumber: 0 | BytePositionInLine: 12."; the place is given separately.
    static string Reason(JsonException e)
    {
        var m = e.Message;
        var cut = m.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (cut > 0 ? m[..cut] : m).TrimEnd('.', ' ');
    }
}
