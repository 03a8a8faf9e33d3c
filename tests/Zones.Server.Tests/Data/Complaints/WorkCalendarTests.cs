using Zones.Server.Data.Complaints;

namespace Zones.Server.Tests.Data.Complaints;

/// <summary>Deadline arithmetic on the working calendar (shared/DOMAIN.md §1.7, §5.4). 2026-11-20 is a Friday.</summary>
public class WorkCalendarTests
{
    static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    static WorkCalendar Calendar(params (string Day, bool Work)[] overrides) =>
        new(overrides.ToDictionary(o => DateOnly.Parse(o.Day), o => o.Work), WorkingPeriod.ParseList("08:30-12:00,13:30-18:00"), Shanghai);

    static DateTimeOffset At(string local) => DateTimeOffset.Parse(local + "+08:00");

    static string Local(DateTimeOffset t) => t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm");

    static string Deadline(string from, decimal amount, string unit, WorkCalendar? calendar = null) =>
        Local((calendar ?? Calendar()).Deadline(At(from), new TimeLimit(amount, unit)));

    [Fact]
    public void Friday_afternoon_plus_four_working_hours_is_Monday_morning() =>
        Assert.Equal("2026-11-23 11:30", Deadline("2026-11-20 17:00", 4, TimeUnits.WorkHours));

    [Fact]
    public void Working_hours_skip_the_lunch_break() =>
        Assert.Equal("2026-11-23 14:30", Deadline("2026-11-23 11:00", 2, TimeUnits.WorkHours));

    [Fact]
    public void A_report_on_Sunday_starts_the_clock_on_Monday_at_half_past_eight() =>
        Assert.Equal("2026-11-23 09:30", Deadline("2026-11-22 10:00", 1, TimeUnits.WorkHours));

    [Fact]
    public void A_report_in_the_lunch_break_starts_the_clock_at_half_past_one() =>
        Assert.Equal("2026-11-23 14:30", Deadline("2026-11-23 12:40", 1, TimeUnits.WorkHours));

    [Fact]
    public void A_deadline_that_ends_a_period_stays_at_its_end() =>
        Assert.Equal("2026-11-23 12:00", Deadline("2026-11-23 08:30", 3.5m, TimeUnits.WorkHours));

    [Fact]
    public void A_holiday_on_Monday_is_skipped() =>
        Assert.Equal("2026-11-24 11:30", Deadline("2026-11-20 17:00", 4, TimeUnits.WorkHours, Calendar(("2026-11-23", false))));

    [Fact]
    public void A_make_up_Saturday_is_a_working_day() =>
        Assert.Equal("2026-11-21 11:30", Deadline("2026-11-20 17:00", 4, TimeUnits.WorkHours, Calendar(("2026-11-21", true))));

    [Fact]
    public void One_working_day_from_Monday_at_ten_is_Tuesday_at_ten() =>
        Assert.Equal("2026-11-24 10:00", Deadline("2026-11-23 10:00", 1, TimeUnits.WorkDays));

    [Fact]
    public void Half_a_working_day_is_four_working_hours() =>
        Assert.Equal("2026-11-23 11:30", Deadline("2026-11-20 17:00", 0.5m, TimeUnits.WorkDays));

    [Fact]
    public void Seven_days_run_through_the_weekend_but_seven_working_days_do_not()
    {
        Assert.Equal("2026-11-27 10:00", Deadline("2026-11-20 10:00", 7, TimeUnits.Days));
        Assert.Equal("2026-12-01 10:00", Deadline("2026-11-20 10:00", 7, TimeUnits.WorkDays));
    }

    [Fact]
    public void Clock_hours_run_through_the_night_and_holidays() =>
        Assert.Equal("2026-11-21 17:00", Deadline("2026-11-20 17:00", 24, TimeUnits.Hours, Calendar(("2026-11-21", false))));

    [Theory]
    [InlineData("2026-11-23 12:00", "2026-11-23 13:30")]
    [InlineData("2026-11-20 18:00", "2026-11-23 08:30")]
    [InlineData("2026-11-23 09:15", "2026-11-23 09:15")]
    public void The_next_working_moment_is_now_during_working_hours_else_the_next_period(string at, string expected) =>
        Assert.Equal(expected, Local(Calendar().NextWorkingMoment(At(at))));

    [Fact]
    public void A_working_day_lasts_eight_hours_by_default() =>
        Assert.Equal(TimeSpan.FromHours(8), Calendar().WorkingDay);

    [Theory]
    [InlineData("08:30-12:00,11:00-13:00")]
    [InlineData("12:00-08:30")]
    [InlineData("8-12")]
    [InlineData("")]
    public void Overlapping_reversed_or_malformed_working_periods_are_refused(string text) =>
        Assert.Throws<FormatException>(() => WorkingPeriod.ParseList(text));

    [Fact]
    public void A_limit_beyond_ten_years_of_working_time_fails_loudly() =>
        Assert.Throws<InvalidOperationException>(() => new WorkCalendar(new Dictionary<DateOnly, bool>(),
            WorkingPeriod.ParseList("08:30-12:00"), Shanghai).AddWorkingTime(At("2026-11-20 17:00"), TimeSpan.FromDays(4000)));
}
