namespace Zones.Server.Data.Complaints;

/// <summary>
/// The working calendar of one township: Monday–Friday are working days unless
/// <c>zones.calendar_day</c> says otherwise (法定节假日 off, 调休 Saturdays on), and working time runs
/// inside the working periods (default 08:30–12:00 and 13:30–18:00, Asia/Shanghai). Pure logic:
/// the overrides are loaded by <see cref="CalendarStore"/>.
/// </summary>
/// <remarks>
/// Deadline rules (shared/DOMAIN.md §1.7, §5.4): working hours count only working time, so a
/// report outside working hours starts the clock at the next working moment; a working day is
/// worth the working time of one day (8 h by default), so Monday 10:00 + 1 working day is Tuesday
/// 10:00; clock hours and calendar days run through nights, weekends and holidays.
/// </remarks>
public sealed class WorkCalendar(IReadOnlyDictionary<DateOnly, bool> overrides, IReadOnlyList<WorkingPeriod> periods,
                                 TimeZoneInfo zone)
{
    // Ten years without a single working day means a broken calendar, not a long deadline.
    const int MaxDays = 3660;

    /// <summary>Working time in one working day (8 h for the default periods).</summary>
    public TimeSpan WorkingDay { get; } = periods.Aggregate(TimeSpan.Zero, (sum, p) => sum + (p.End - p.Start));

    public TimeZoneInfo Zone => zone;

    /// <summary>An override row wins; otherwise Monday–Friday work and weekends rest.</summary>
    public bool IsWorkday(DateOnly day) =>
        overrides.TryGetValue(day, out var work) ? work : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The instant itself when it is working time, else the start of the next working period.</summary>
    public DateTimeOffset NextWorkingMoment(DateTimeOffset at) => AddWorkingTime(at, TimeSpan.Zero);

    /// <summary>The deadline <paramref name="limit"/> after <paramref name="start"/>, in the calendar's time zone.</summary>
    public DateTimeOffset Deadline(DateTimeOffset start, TimeLimit limit) => limit.Unit switch
    {
        TimeUnits.WorkHours => AddWorkingTime(start, Hours(limit.Amount)),
        TimeUnits.WorkDays => AddWorkingTime(start, WorkingDay * (double)limit.Amount),
        TimeUnits.Hours => Local(start + Hours(limit.Amount)),
        TimeUnits.Days => Local(start + Hours(limit.Amount * 24)),
        _ => throw new ArgumentException($"Unknown time unit '{limit.Unit}'.", nameof(limit)),
    };

    /// <summary>Walks the working periods from <paramref name="start"/> until <paramref name="amount"/> of working time is used.</summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan amount)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        var day = DateOnly.FromDateTime(local);
        for (var i = 0; i < MaxDays; i++, day = day.AddDays(1))
        {
            if (!IsWorkday(day))
                continue;
            foreach (var p in periods)
            {
                var (from, to) = (day.ToDateTime(p.Start), day.ToDateTime(p.End));
                if (local >= to)
                    continue;
                var begin = local > from ? local : from;
                if (amount <= to - begin)
                    return Instant(begin + amount);
                amount -= to - begin;
            }
        }
        throw new InvalidOperationException($"The working calendar has no working time within {MaxDays} days of {start:O}.");
    }

    static TimeSpan Hours(decimal hours) => TimeSpan.FromSeconds(Math.Round((double)hours * 3600));

    DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone);

    DateTimeOffset Instant(DateTime local) => new(local, zone.GetUtcOffset(local));
}
