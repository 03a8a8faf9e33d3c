using Microsoft.Extensions.DependencyInjection;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Rules;
using static Zones.Server.Tests.Schema.Rules.RulesDatabase;

namespace Zones.Server.Tests.Schema.Rules;

/// <summary>The working calendar through the API: set, remove, import a CSV, township over national, coverage.</summary>
[Collection(RulesDatabase.Collection)]
public class CalendarTests(RulesDatabase db)
{
    const string Days = "days { date isWorkday note townshipCode }";

    async Task<DateTimeOffset> DeadlineAsync(string township, DateTimeOffset start, TimeLimit limit)
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        var calendar = await db.App.Services.GetRequiredService<CalendarStore>().LoadAsync(conn, null, township, start, CancellationToken.None);
        return calendar.Deadline(start, limit);
    }

    [Fact]
    public async Task A_calendar_csv_for_2027_makes_a_deadline_skip_its_holiday()
    {
        // Thursday 2026-12-31 10:00 + 1 working day: Friday 2027-01-01 is 元旦, so Monday 2027-01-04 10:00.
        var start = DateTimeOffset.Parse("2026-12-31T10:00:00+08:00");
        var limit = new TimeLimit(1, TimeUnits.WorkDays);
        Assert.Equal(DateTimeOffset.Parse("2027-01-01T10:00:00+08:00"), await DeadlineAsync(db.Demo, start, limit));
        var csv = "\uFEFF日期,上班,说明\r\n2027/1/1,休,元旦\r\n2027-01-02,否,元旦\r\n2027-01-03,0,元旦\r\n";
        var dry = Ok(await db.MutateAsync("importCalendar", new { townshipCode = db.Demo, content = csv, dryRun = true }, Days, db.Admin), "days");
        Assert.Equal(3, dry.GetArrayLength());
        Assert.Equal(DateTimeOffset.Parse("2027-01-01T10:00:00+08:00"), await DeadlineAsync(db.Demo, start, limit));
        Ok(await db.MutateAsync("importCalendar", new { townshipCode = db.Demo, content = csv }, Days, db.Admin), "days");
        Assert.Equal(DateTimeOffset.Parse("2027-01-04T10:00:00+08:00"), await DeadlineAsync(db.Demo, start, limit));
    }

    [Fact]
    public async Task A_csv_with_bad_rows_writes_nothing_and_names_every_bad_row()
    {
        var csv = "日期,上班,说明\n2027-05-01,休,劳动节\n2027-13-01,休,坏日期\n2027-05-02,也许,坏标记\n";
        var errors = Errors(await db.MutateAsync("importCalendar", new { townshipCode = db.Demo, content = csv }, Days, db.Admin), "InvalidInputError");
        Assert.Equal(["第 3 行", "第 4 行"], errors.Select(e => e.GetProperty("message").GetString()![..5]));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM zones.calendar_day WHERE day = '2027-05-01'"));
    }

    [Fact]
    public async Task A_township_day_beats_the_national_day_and_only_an_installation_admin_sets_national_days()
    {
        var national = new { days = new[] { new { date = "2029-10-08", isWorkday = false, note = "国庆节" } } };
        Errors(await db.MutateAsync("setCalendarDays", national, Days, db.Admin), "ForbiddenError");
        Ok(await db.MutateAsync("setCalendarDays", national, Days, Installation), "days");
        var own = new { townshipCode = db.Demo, days = new[] { new { date = "2029-10-08", isWorkday = true, note = "本镇上班" } } };
        Ok(await db.MutateAsync("setCalendarDays", own, Days, db.Admin), "days");
        var day = (await db.QueryAsync($"{{ calendarDays(townshipCode: \"{db.Demo}\", from: \"2029-10-08\", to: \"2029-10-08\") {{ isWorkday townshipCode }} }}", null))
            .GetProperty("calendarDays")[0];
        Assert.True(day.GetProperty("isWorkday").GetBoolean());
        Assert.Equal(db.Demo, day.GetProperty("townshipCode").GetString());
        Assert.Equal(DateTimeOffset.Parse("2029-10-08T10:00:00+08:00"),
            await DeadlineAsync(db.Demo, DateTimeOffset.Parse("2029-10-05T10:00:00+08:00"), new TimeLimit(1, TimeUnits.WorkDays)));
    }

    [Fact]
    public async Task Removing_the_township_day_lets_the_national_day_apply_again_and_the_audit_log_keeps_it()
    {
        var own = new { townshipCode = db.Demo, days = new[] { new { date = "2028-03-08", isWorkday = false, note = "妇女节" } } };
        Ok(await db.MutateAsync("setCalendarDays", own, Days, db.Admin), "days");
        var removed = Ok(await db.MutateAsync("removeCalendarDays", new { townshipCode = db.Demo, dates = new[] { "2028-03-08" } }, "removed", db.Admin), "removed");
        Assert.Equal(1, removed.GetInt32());
        Assert.Equal("妇女节", await db.ScalarAsync<string>(
            $"SELECT before ->> 'note' FROM zones.audit_log WHERE table_name = 'calendar_day' AND row_key = '2028-03-08' AND action = 'delete' AND township_code = '{db.Demo}' AND actor = 'rules-admin'"));
    }

    [Fact]
    public void Coverage_says_which_year_to_import_when_the_next_60_days_reach_a_year_without_rows()
    {
        var years = new HashSet<int> { 2030 };
        Assert.True(CalendarCoverageRule.Of(new DateOnly(2030, 6, 1), years).CoversNext60Days);
        var december = CalendarCoverageRule.Of(new DateOnly(2030, 12, 1), years);
        Assert.False(december.CoversNext60Days);
        Assert.Equal(new DateOnly(2030, 12, 31), december.CoveredUntil);
        Assert.Contains("2031 年还没有节假日安排", december.Message);
        Assert.Null(CalendarCoverageRule.Of(new DateOnly(2031, 1, 5), years).CoveredUntil);
    }

    [Fact]
    public async Task A_township_reports_its_coverage_from_national_and_its_own_rows()
    {
        var editor = db.App.Services.GetRequiredService<CalendarEditor>();
        Assert.True((await editor.CoverageAsync(db.Demo, CancellationToken.None, new DateOnly(2026, 6, 1))).CoversNext60Days);
        var december = await editor.CoverageAsync(db.Demo, CancellationToken.None, new DateOnly(2032, 12, 1));
        Assert.False(december.CoversNext60Days);
        Assert.Contains("2032", december.Message);
        var coverage = (await db.QueryAsync($"{{ township(code: \"{db.Demo}\") {{ calendarCoverage {{ coversNext60Days message }} }} }}", null))
            .GetProperty("township").GetProperty("calendarCoverage");
        Assert.Equal(JsonValueKindOf(coverage.GetProperty("coversNext60Days").GetBoolean()), coverage.GetProperty("message").ValueKind);
    }

    static System.Text.Json.JsonValueKind JsonValueKindOf(bool covered) =>
        covered ? System.Text.Json.JsonValueKind.Null : System.Text.Json.JsonValueKind.String;
}
