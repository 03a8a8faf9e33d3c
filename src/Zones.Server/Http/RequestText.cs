using System.Text;
using System.Text.Unicode;
using Microsoft.Extensions.Primitives;

namespace Zones.Server.Http;

/// <summary>
/// Checks text that arrives in query strings and forms before any endpoint uses it: no NUL
/// character (PostgreSQL text cannot store U+0000, and .NET number parsing silently ignores a
/// trailing one, so <c>id=1%00</c> would read as 1) and no bytes that are not UTF-8 (ASP.NET Core
/// decodes them to U+FFFD, so the value would silently change). The message names the field.
/// </summary>
static class RequestText
{
    /// <summary>What is wrong with the first bad query parameter, or null.</summary>
    public static string? QueryProblem(HttpRequest request) =>
        EncodingProblem(request.QueryString.Value, "查询参数", "query parameter") ?? FirstProblem(request.Query, "查询参数", "query parameter");

    /// <summary>What is wrong with the first bad form field, or null; <paramref name="raw"/> is the url-encoded body, when it is one.</summary>
    public static string? FormProblem(IFormCollection form, string? raw) =>
        EncodingProblem(raw, "表单字段", "form field") ?? FirstProblem(form, "表单字段", "form field");

    /// <summary>
    /// The first <c>name=value</c> pair of url-encoded text whose percent escapes are not UTF-8
    /// (<c>%FF</c>): ASP.NET Core keeps such escapes as literal text instead of refusing them.
    /// </summary>
    static string? EncodingProblem(string? raw, string zh, string en)
    {
        foreach (var pair in (raw ?? "").TrimStart('?').Split('&'))
            if (!Utf8.IsValid(PercentDecoded(pair)))
            {
                var name = pair.Split('=')[0];
                return $"{zh} {name} 不是有效的 UTF-8 文本，请以 UTF-8 编码提交。The {en} {name} is not valid UTF-8: percent-encode UTF-8 bytes.";
            }
        return null;
    }

    static byte[] PercentDecoded(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && byte.TryParse(text.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return [.. bytes];
    }

    /// <summary>What is wrong with <paramref name="value"/> as the text of <paramref name="field"/>, or null.</summary>
    public static string? Problem(string field, string? value, string zh = "字段", string en = "field") =>
        value is null ? null
        : value.Contains('\0') ? $"{zh} {field} 含有 NUL 字符（\\u0000），文本不能包含它，请删去。The {en} {field} contains a NUL character (\\u0000), which text cannot hold: remove it."
        : value.Contains('\uFFFD') ? $"{zh} {field} 不是有效的 UTF-8 文本，请以 UTF-8 编码提交。The {en} {field} is not valid UTF-8: send text encoded as UTF-8."
        : null;

    static string? FirstProblem(IEnumerable<KeyValuePair<string, StringValues>> fields, string zh, string en)
    {
        foreach (var (name, values) in fields)
        {
            if (Problem(Printable(name), name, zh, en) is { } inName)
                return inName;
            foreach (var value in values)
                if (Problem(Printable(name), value, zh, en) is { } inValue)
                    return inValue;
        }
        return null;
    }

    // The name as it can be shown in a message: the NUL itself would end the text in many clients.
    static string Printable(string name) => name.Replace("\0", "\\u0000", StringComparison.Ordinal);
}
