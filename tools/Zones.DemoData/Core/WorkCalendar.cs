namespace Zones.DemoData.Core;

/// <summary>
/// The working calendar of DOMAIN.md §5.4 as an approximation: Monday–Friday, 08:30–12:00 and
/// 13:30–18:00 (8 working hours a day), no public holidays.
/// </summary>
public static class WorkCalendar
{
    private static readonly TimeSpan AmStart = new(8, 30, 0);
    private static readonly TimeSpan AmEnd = new(12, 0, 0);
    private static readonly TimeSpan PmStart = new(13, 30, 0);
    private static readonly TimeSpan PmEnd = new(18, 0, 0);

    public const double MinutesPerDay = 480;

    public static bool IsWorkday(DateTime t) => t.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The instant itself if it is working time, else the start of the next working period.</summary>
    public static DateTime NextWorkInstant(DateTime t)
    {
        while (true)
        {
            if (IsWorkday(t))
            {
                var tod = t.TimeOfDay;
                if (tod < AmStart) return t.Date + AmStart;
                if (tod < AmEnd) return t;
                if (tod < PmStart) return t.Date + PmStart;
                if (tod < PmEnd) return t;
            }
            t = t.Date.AddDays(1);
        }
    }

    public static DateTime AddWorkMinutes(DateTime t, double minutes)
    {
        var remaining = minutes;
        var cur = t;
        while (true)
        {
            cur = NextWorkInstant(cur);
            var periodEnd = cur.Date + (cur.TimeOfDay < AmEnd ? AmEnd : PmEnd);
            var available = (periodEnd - cur).TotalMinutes;
            if (remaining <= available) return cur.AddMinutes(remaining);
            remaining -= available;
            cur = periodEnd;
        }
    }

    /// <summary>The time limit of a category, added to <paramref name="t"/> in the category's unit.</summary>
    public static DateTime AddLimit(DateTime t, double amount, string unit) => unit switch
    {
        "work_hours" => AddWorkMinutes(t, amount * 60),
        "work_days" => AddWorkMinutes(t, amount * MinutesPerDay),
        "hours" => t.AddHours(amount),
        "days" => t.AddDays(amount),
        _ => throw new ArgumentException("unknown time unit " + unit, nameof(unit)),
    };
}
