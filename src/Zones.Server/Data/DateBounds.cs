namespace Zones.Server.Data;

/// <summary>
/// The years a date or time given to Zones may have (issue #10). 0001-01-01 and 9999-12-31 are
/// placeholders, not dates: stored, they overflow the deadline and working-calendar arithmetic
/// (and .NET's own range once a time zone is applied), so every interface refuses them alike.
/// </summary>
public static class DateBounds
{
    public const int MinYear = 1900, MaxYear = 2199;

    public static bool Contains(int year) => year is >= MinYear and <= MaxYear;

    public static bool Contains(DateTimeOffset t) => Contains(t.UtcDateTime.Year);

    /// <summary>"日期须在 1900 至 2199 年之间 … Dates must lie in the years 1900–2199; got '…'."</summary>
    public static string Message(string text) =>
        $"日期须在 {MinYear} 至 {MaxYear} 年之间，收到“{text}”。Dates must lie in the years {MinYear}–{MaxYear}; got '{text}'.";
}
