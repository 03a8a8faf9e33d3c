using System.Globalization;

namespace Zones.Server.Data.Complaints;

/// <summary>One working period of a working day in local time, e.g. 08:30–12:00.</summary>
public sealed record WorkingPeriod(TimeOnly Start, TimeOnly End)
{
    /// <summary>
    /// Parses <c>08:30-12:00,13:30-18:00</c>; periods must be non-empty, in order and not overlap.
    /// </summary>
    /// <exception cref="FormatException">The text is not such a list; the message says which part.</exception>
    public static IReadOnlyList<WorkingPeriod> ParseList(string text)
    {
        var periods = new List<WorkingPeriod>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2 || !TryTime(ends[0], out var start) || !TryTime(ends[1], out var end) || end <= start)
                throw new FormatException($"Working period '{part}' is not HH:mm-HH:mm with the end after the start.");
            if (periods.Count > 0 && start < periods[^1].End)
                throw new FormatException($"Working period '{part}' overlaps or precedes the one before it.");
            periods.Add(new WorkingPeriod(start, end));
        }
        return periods.Count > 0 ? periods : throw new FormatException("At least one working period is needed.");
    }

    static bool TryTime(string s, out TimeOnly t) =>
        TimeOnly.TryParseExact(s, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out t);
}
