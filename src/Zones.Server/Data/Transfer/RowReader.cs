using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// Reads the fields of one row by our field names, checking each value and logging every problem
/// (the row goes on, so one pass reports all that is wrong with it). Messages name the column as
/// the file names it.
/// </summary>
sealed partial class RowReader(SourceRow row, FieldMap map, Crs crs, ImportLog log)
{
    // Mainland China has had one offset, without daylight saving, since 1991.
    static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public int Row => row.Row;

    /// <summary>True once any field of this row was rejected.</summary>
    public bool Rejected { get; private set; }

    /// <summary>The trimmed value; null when the column is missing or the cell blank.</summary>
    public string? Text(string field)
    {
        var value = map.Column(field) is { } c ? row.Cell(c)?.Trim() : null;
        if (value is not null && value.Contains('\0'))
        {
            // PostgreSQL text cannot hold U+0000: the file was saved with a binary editor or a wrong encoding.
            Reject(field, value.Replace("\0", "\\u0000", StringComparison.Ordinal), "INVALID_TEXT",
                   $"“{map.Header(field)}”含有 NUL 字符（\\u0000），请删去", $"{map.Header(field)} contains a NUL character (\\u0000): remove it");
            return null;
        }
        return string.IsNullOrEmpty(value) ? null : Csv.Unguard(value);
    }

    public string? Required(string field)
    {
        var value = Text(field);
        if (value is null)
            Reject(field, null, "REQUIRED", $"“{map.Header(field)}”不能为空", $"{map.Header(field)} ({field}) is required");
        return value;
    }

    /// <summary>The entry a code or label names; null (and rejected) when it names none.</summary>
    public CodeEntry? Entry(string field, CodeList list, bool required = false)
    {
        var text = required ? Required(field) : Text(field);
        if (text is null)
            return null;
        var entry = list.Find(text);
        if (entry is null)
            Reject(field, text, "INVALID_VALUE", $"“{text}”不是有效的{map.Header(field)}，可填：{list.Describe()}",
                   $"\"{text}\" is not a valid {field}; use one of: {list.Describe()}");
        return entry;
    }

    public string? Code(string field, CodeList list, bool required = false) => Entry(field, list, required)?.Code;

    /// <summary>The value when it matches <paramref name="pattern"/>; otherwise rejected with what is expected.</summary>
    public string? Matching(string field, Regex pattern, string expected, string expectedEn, bool required = false)
    {
        var text = required ? Required(field) : Text(field);
        if (text is null || pattern.IsMatch(text))
            return text;
        Reject(field, text, "INVALID_FORMAT", $"“{text}”格式不对：{map.Header(field)}应为{expected}",
               $"\"{text}\" is malformed: {field} must be {expectedEn}");
        return null;
    }

    public DateOnly? Date(string field) => Time(field) is { } t ? DateOnly.FromDateTime(t.DateTime) : null;

    /// <summary>
    /// A date or time: ISO 8601 (with or without an offset), <c>2024/5/1 8:30</c> or <c>2024年5月1日</c>.
    /// Without an offset it is China time (UTC+8).
    /// </summary>
    public DateTimeOffset? Time(string field)
    {
        var text = Text(field);
        if (text is null)
            return null;
        var t = ChineseDate().Replace(text, "$1-$2-$3").Replace('T', ' ');
        DateTimeOffset? parsed = null;
        if (HasOffset().IsMatch(t) && DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            parsed = withOffset;
        else if (DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ||
                 DateTime.TryParseExact(t, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
            // Checked before the offset is applied: 0001-01-01 in China time is before DateTimeOffset.MinValue.
            parsed = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), DateBounds.Contains(local.Year) ? ChinaOffset : TimeSpan.Zero);
        if (parsed is { } p && !DateBounds.Contains(p.Year))
        {
            Reject(field, text, "INVALID_DATE", $"“{text}”超出日期范围：年份应在 {DateBounds.MinYear}–{DateBounds.MaxYear} 之间",
                   $"\"{text}\" is out of range: the year must lie in {DateBounds.MinYear}–{DateBounds.MaxYear}");
            return null;
        }
        if (parsed is not null)
            return parsed;
        Reject(field, text, "INVALID_DATE", $"“{text}”不是有效的日期或时间（例如 2024-05-01 或 2024-05-01 08:30）",
               $"\"{text}\" is not a date or time (e.g. 2024-05-01 or 2024-05-01 08:30)");
        return null;
    }

    public double? Number(string field)
    {
        var text = Text(field);
        if (text is null)
            return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
            return d;
        Reject(field, text, "INVALID_NUMBER", $"“{text}”不是数字", $"\"{text}\" is not a number");
        return null;
    }

    /// <summary>A JSON object, as compact JSON text.</summary>
    public JsonElement? JsonObject(string field)
    {
        var text = Text(field);
        if (text is null)
            return null;
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
                return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Reported below, like any other value that is not an object.
        }
        Reject(field, text, "INVALID_JSON", $"“{map.Header(field)}”应为 JSON 对象，例如 {{\"pole_height_m\": 8}}",
               $"{field} must be a JSON object, e.g. {{\"pole_height_m\": 8}}");
        return null;
    }

    /// <summary>Rejects the row because of one field.</summary>
    public void Reject(string field, string? value, string code, string message, string messageEn)
    {
        Rejected = true;
        log.Reject(Row, map.Header(field), value, code, message, messageEn);
    }

    public void Warn(string field, string? value, string code, string message, string messageEn) =>
        log.Warn(Row, map.Header(field), value, code, message, messageEn);

    [GeneratedRegex(@"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?")]
    private static partial Regex ChineseDate();

    // An offset after a time of day (a date alone ends in "-01", which is no offset).
    [GeneratedRegex(@"\d:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();
}
