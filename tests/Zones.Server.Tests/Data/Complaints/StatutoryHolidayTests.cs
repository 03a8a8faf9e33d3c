using Zones.Server.Data.Complaints;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Complaints;

/// <summary>
/// The shipped national calendar (migration 0012, the 国务院办公厅 notices for 2025 and 2026): deadlines
/// skip statutory holidays and count the 调休 weekend days worked in exchange.
/// </summary>
[Collection(PostgisCollection.Name)]
public class StatutoryHolidayTests(PostgisFixture pg)
{
    async Task<string> DeadlineAsync(string fromLocal, decimal amount, string unit)
    {
        var from = DateTimeOffset.Parse(fromLocal + "+08:00");
        await using var conn = await pg.DataSource.OpenConnectionAsync();
        var calendar = await new CalendarStore(new ComplaintOptions()).LoadAsync(conn, null, pg.TownshipCode, from, default);
        return calendar.Deadline(from, new TimeLimit(amount, unit)).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm");
    }

    [Fact]
    public async Task Three_working_days_from_the_Friday_before_Spring_Festival_2026_count_the_make_up_Saturday_and_skip_the_holiday() =>
        // 2026-02-14 (Sat) is worked; 15–23 February are off; then 24 and 25 February.
        Assert.Equal("2026-02-25 18:00", await DeadlineAsync("2026-02-13 18:30", 3, TimeUnits.WorkDays));

    [Fact]
    public async Task Eight_working_hours_from_the_last_afternoon_before_National_Day_2026_end_after_the_holiday() =>
        Assert.Equal("2026-10-08 16:00", await DeadlineAsync("2026-09-30 16:00", 8, TimeUnits.WorkHours));

    [Fact]
    public async Task New_Year_2026_is_off_and_Sunday_4_January_is_worked() =>
        Assert.Equal("2026-01-04 09:30", await DeadlineAsync("2025-12-31 18:00", 1, TimeUnits.WorkHours));
}
