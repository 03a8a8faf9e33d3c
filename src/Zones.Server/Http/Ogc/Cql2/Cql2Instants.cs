using System.Globalization;

namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>Date and timestamp literals as CQL2 writes them (RFC 3339: <c>2025-06-01</c>, <c>2025-06-01T08:00:00Z</c>).</summary>
static class Cql2Instants
{
    static readonly string[] TimestampFormats =
        ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    /// <param name="date">true: a date only; false: a timestamp only; null: either (an INTERVAL end).</param>
    /// <param name="position">Where the literal starts, for the message.</param>
    public static Cql2Expression Parse(string text, bool? date, int? position)
    {
        if (date != false && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return new Cql2Date(d) { Position = position };
        if (date != true && text.Length > 10 && (text[^1] is 'Z' or 'z' || text[^6] is '+' or '-') &&
            DateTimeOffset.TryParseExact(text.ToUpperInvariant(), TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            return new Cql2Timestamp(t.ToUniversalTime()) { Position = position };
        throw date == true
            ? Cql2Exception.At(position, $"“{text}”不是日期，应写作 2025-06-01", $"'{text}' is not a date; write it as 2025-06-01")
            : Cql2Exception.At(position, $"“{text}”不是带时区的时间，应写作 2025-06-01T08:00:00Z 或 2025-06-01T16:00:00+08:00",
                $"'{text}' is not a timestamp with a time zone; write it as 2025-06-01T08:00:00Z or 2025-06-01T16:00:00+08:00");
    }
}
