using System.Globalization;
using Zones.DemoData.Core;

namespace Zones.DemoData.Tests;

[Collection("demo")]
public sealed class ComplaintTests(DemoFixture demo)
{
    private static readonly string[] Disposed = ["feedback", "verifying", "closed"];

    private static DateTime Local(string? ts) => DateTimeOffset.Parse(ts!, CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(8)).DateTime;

    [Fact]
    public void Closed_at_is_set_exactly_when_the_stage_is_closed_and_disposed_at_when_disposal_was_reported()
    {
        Assert.All(demo.Complaints, c => Assert.Equal(c["stage"] == "closed", c["closed_at"] != null));
        Assert.All(demo.Complaints, c => Assert.Equal(Disposed.Contains(c["stage"]), c["disposed_at"] != null));
    }

    [Fact]
    public void Reports_fall_in_the_ninety_days_before_the_reference_time_and_deadlines_follow_them()
    {
        var reference = demo.Reference.DateTime;
        Assert.All(demo.Complaints, c => Assert.InRange(Local(c["reported_at"]), reference.AddDays(-90), reference));
        Assert.All(demo.Complaints, c => Assert.True(Local(c["deadline"]) > Local(c["reported_at"])));
    }

    [Fact]
    public void Deadlines_are_the_category_time_limit_on_the_working_calendar()
    {
        foreach (var c in demo.Complaints)
        {
            var category = Category.Get(c["category_kind"]!, c["category_code"]!);
            var deadline = WorkCalendar.AddLimit(Local(c["reported_at"]), category.Limit, category.Unit);
            for (var i = 0; i < int.Parse(c["extension_count"]!, CultureInfo.InvariantCulture); i++)
                deadline = WorkCalendar.AddLimit(deadline, category.Limit, category.Unit);
            Assert.Equal(Fmt.Sec(deadline), Local(c["deadline"]));
        }
    }

    [Fact]
    public void Each_history_starts_at_the_report_runs_forward_and_ends_in_the_current_stage()
    {
        var events = demo.Events.GroupBy(e => e["case_number"]).ToDictionary(g => g.Key!, g => g.ToList());
        foreach (var c in demo.Complaints)
        {
            var history = events[c["case_number"]!];
            Assert.Equal(("receive", c["reported_at"], null), (history[0]["action"], history[0]["at"], history[0]["from_stage"]));
            for (var i = 1; i < history.Count; i++)
                Assert.True(Local(history[i]["at"]) >= Local(history[i - 1]["at"]) && history[i]["from_stage"] == history[i - 1]["to_stage"], c["case_number"]);
            Assert.True(Local(history[^1]["at"]) <= demo.Reference.DateTime);
            Assert.Equal(c["stage"], history[^1]["to_stage"]);
            Assert.Equal(c["rework_count"], history.Count(e => e["action"] == "rework").ToString(CultureInfo.InvariantCulture));
            Assert.Equal(c["extension_count"], history.Count(e => e["action"] == "extend").ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Case_numbers_carry_the_category_and_the_report_date()
    {
        Assert.All(demo.Complaints, c => Assert.StartsWith((c["category_kind"] == "component" ? "C" : "E") + c["category_code"]
            + Local(c["reported_at"]).ToString("yyyyMMdd", CultureInfo.InvariantCulture), c["case_number"]));
    }

    [Fact]
    public void Stages_are_mixed_most_old_cases_are_closed_some_open_are_overdue_and_some_closed_late()
    {
        string[] all = ["closed", "disposing", "dispatched", "feedback", "received", "registered", "shelved", "verifying", "voided"];
        Assert.Equal(all.Order(StringComparer.Ordinal), demo.Complaints.Select(c => c["stage"]).Distinct().Order(StringComparer.Ordinal));
        var old = demo.Complaints.Where(c => Local(c["reported_at"]) < demo.Reference.DateTime.AddDays(-30)).ToList();
        Assert.True(old.Count(c => c["stage"] is "closed" or "voided") >= old.Count * 0.9);
        Assert.True(demo.Complaints.Count(c => c["stage"] is not ("closed" or "voided") && Local(c["deadline"]) < demo.Reference.DateTime) >= 5);
        Assert.True(demo.Complaints.Count(c => c["stage"] == "closed" && Local(c["disposed_at"]) > Local(c["deadline"])) >= 5);
        Assert.Contains(demo.Complaints, c => c["rework_count"] is "1" or "2");
    }
}
