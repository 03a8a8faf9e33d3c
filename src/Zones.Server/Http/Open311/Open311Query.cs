using System.Globalization;
using System.Text.RegularExpressions;
using Zones.Server.Data.Complaints;

namespace Zones.Server.Http.Open311;

/// <summary>
/// The filters of <c>GET /requests</c> (GeoReport v2): <c>service_request_id</c> (a comma list of public ids
/// that overrides the others), <c>service_code</c> and <c>status</c> (comma lists: any of them),
/// <c>start_date</c> / <c>end_date</c> (default the last 90 days; a range may span 90 days at most), plus
/// the pagination extension <c>page</c> / <c>page_size</c> (spec issue #16). <c>jurisdiction_id</c> is
/// <see cref="Open311Jurisdiction"/>'s.
/// </summary>
static partial class Open311Query
{
    /// <summary>The spec's default and largest window: 90 days, 1000 requests.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);
    public const int MaxPageSize = 1000;

    /// <summary>At most this many ids or codes in one comma list.</summary>
    public const int MaxListLength = 100;

    [GeneratedRegex(@"(Z|[+-][0-9]{2}:?[0-9]{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();

    /// <summary>The query (without its townships), or a description of the first bad parameter.</summary>
    public static (ComplaintQuery? Query, string? Error) Parse(IQueryCollection q, DateTimeOffset now)
    {
        if (!TryInt(q["page"], 1, out var page) || !TryInt(q["page_size"], MaxPageSize, out var size))
            return (null, "page 和 page_size 须为正整数。page and page_size must be positive integers.");
        size = Math.Min(size, MaxPageSize);
        if (List(q["service_request_id"]) is { Count: > 0 } ids)
            return ids.Count > MaxListLength
                ? (null, $"service_request_id 一次最多 {MaxListLength} 个。At most {MaxListLength} service_request_id values at once.")
                : (new ComplaintQuery(ids, Limit: size, Offset: (page - 1) * size), null);
        var codes = List(q["service_code"]);
        var services = codes.Select(ComplaintCategory.ParseServiceCode).ToList();
        if (codes.Count > MaxListLength || services.Any(s => s is null))
            return (null, $"service_code “{string.Join(",", codes.Where((_, i) => services[i] is null))}” 格式不对，应如 E0102、C0305（可用逗号分隔多个）。" +
                          "service_code must look like E0102 or C0305 (a comma-separated list for several).");
        if (!TryDate(q["start_date"], out var start) || !TryDate(q["end_date"], out var end))
            return (null, $"start_date / end_date 须为 ISO 8601 时间，如 2026-11-01T00:00:00+08:00，年份在 {Data.DateBounds.MinYear}–{Data.DateBounds.MaxYear} 之间。Dates must be ISO 8601 in the years {Data.DateBounds.MinYear}–{Data.DateBounds.MaxYear}.");
        var (from, to) = (start, end) switch
        {
            (null, null) => (now - Window, now),
            ({ } s, null) => (s, s + Window),
            (null, { } e) => (e - Window, e),
            ({ } s, { } e) => (s, e),
        };
        if (to - from > Window || to < from)
            return (null, "时间范围须在 90 天以内且 start_date 不晚于 end_date。The date range may span at most 90 days, start before end.");
        if (!TryStatus(q["status"], out var finished))
            return (null, "status 只能是 open 或 closed（可用逗号分隔）。status must be open or closed, or both comma-separated.");
        return (new ComplaintQuery(null, services.Count > 0 ? [.. services.Select(s => s!.Value)] : null, from, to, finished,
                                   Limit: size, Offset: (page - 1) * size), null);
    }

    /// <summary>The values of a comma list (<c>a,b</c>, or the parameter repeated), trimmed, without blanks or repeats.</summary>
    static List<string> List(Microsoft.Extensions.Primitives.StringValues values) =>
        [.. values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                  .Distinct(StringComparer.Ordinal)];

    static bool TryInt(string? text, int fallback, out int value)
    {
        value = fallback;
        return string.IsNullOrWhiteSpace(text)
               || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0 && value <= 1_000_000);
    }

    /// <summary>ISO 8601; a time without an offset is China time, as clerks mean it.</summary>
    public static bool TryDate(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        text = text.Trim();
        // Years outside DateBounds (0001-01-01, 9999-12-31) are refused like malformed dates: in China
        // time the first is before DateTimeOffset.MinValue, and the 90-day window arithmetic overflows.
        if (HasOffset().IsMatch(text))
        {
            var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
                     && Data.DateBounds.Contains(withOffset);
            value = ok ? withOffset : null;
            return ok;
        }
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) || !Data.DateBounds.Contains(local.Year))
            return false;
        value = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromHours(8));
        return true;
    }

    static bool TryStatus(Microsoft.Extensions.Primitives.StringValues text, out bool? finished)
    {
        finished = null;
        var words = List(text).Select(w => w.ToLowerInvariant()).Distinct().ToList();
        if (words.Any(w => w is not ("open" or "closed")))
            return false;
        finished = words.Count == 1 ? words[0] == "closed" : null;
        return true;
    }
}
