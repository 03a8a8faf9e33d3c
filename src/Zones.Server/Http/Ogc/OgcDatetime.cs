using System.Globalization;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// The OGC <c>datetime</c> parameter: an RFC 3339 instant, or an interval <c>start/end</c> where
/// either end may be <c>..</c> or empty (open). A date alone means that whole day.
/// </summary>
static class OgcDatetime
{
    public static (DateTimeOffset? From, DateTimeOffset? To) Parse(string? raw, ref string? error)
    {
        if (string.IsNullOrEmpty(raw))
            return (null, null);
        var parts = raw.Split('/');
        if (parts.Length > 2)
        {
            error = $"datetime '{raw}' has more than one '/': use an instant or start/end.";
            return (null, null);
        }
        if (parts.Length == 1)
        {
            var at = ParseEnd(parts[0], endOfDay: false, ref error);
            var until = ParseEnd(parts[0], endOfDay: true, ref error);
            return (at, until);
        }
        var from = ParseEnd(parts[0], endOfDay: false, ref error);
        var to = ParseEnd(parts[1], endOfDay: true, ref error);
        if (error is null && from > to)
            error = $"datetime interval '{raw}' ends before it starts.";
        return (from, to);
    }

    static DateTimeOffset? ParseEnd(string s, bool endOfDay, ref string? error)
    {
        if (s is "" or "..")
            return null;
        var t = ParseInstant(s, endOfDay, ref error);
        if (t is { } instant && !Data.DateBounds.Contains(instant))
        {
            // 0001-01-01 or 9999-12-31 stand for "open": RFC 3339 and OGC say so with '..'.
            error ??= $"datetime '{s}' is out of range: years {Data.DateBounds.MinYear}-{Data.DateBounds.MaxYear}; for an open end use '..' (e.g. 2026-11-01/..).";
            return null;
        }
        return t;
    }

    static DateTimeOffset? ParseInstant(string s, bool endOfDay, ref string? error)
    {
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay && day < DateOnly.MaxValue ? start.AddDays(1).AddTicks(-1) : start;
        }
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant) && s.Contains('T'))
            return instant.ToUniversalTime();
        error ??= $"datetime '{s}' is not an RFC 3339 date-time (e.g. 2026-11-01T00:00:00Z) or date (2026-11-01).";
        return null;
    }
}
