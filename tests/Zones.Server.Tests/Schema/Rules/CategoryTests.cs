using static Zones.Server.Tests.Schema.Rules.RulesDatabase;

namespace Zones.Server.Tests.Schema.Rules;

/// <summary>Complaint categories per township: override, reset, validation, and what a new case's deadline makes of it.</summary>
[Collection(RulesDatabase.Collection)]
public class CategoryTests(RulesDatabase db)
{
    const string Category = "category { code name timeLimit timeUnit isOverride }";

    object Set(string code, double limit, string unit) => new { townshipCode = db.Demo, kind = "event", code, timeLimit = limit, timeUnit = unit };

    async Task<(DateTimeOffset Reported, DateTimeOffset Deadline)> ReportAsync(string code)
    {
        var at = await db.ScalarAsync<string>($"SELECT ST_AsText(ST_PointOnSurface(geom)) FROM zones.zone WHERE township_code = '{db.Demo}' AND level <> 'township' AND status = 'published' AND valid_to IS NULL ORDER BY id LIMIT 1");
        var input = new { location = new { wkt = at }, categoryKind = "event", categoryCode = code, source = "HOTLINE_12345", description = "路边有暴露垃圾" };
        var c = Ok(await db.MutateAsync("reportComplaint", input, "complaint { reportedAt deadline }", db.Admin), "complaint");
        return (DateTimeOffset.Parse(c.GetProperty("reportedAt").GetString()!), DateTimeOffset.Parse(c.GetProperty("deadline").GetString()!));
    }

    [Fact]
    public async Task A_township_override_changes_the_deadline_of_a_new_case_and_a_reset_brings_the_shipped_limit_back()
    {
        var set = Ok(await db.MutateAsync("setComplaintCategory", Set("0102", 10, "DAYS"), Category, db.Admin), "category");
        Assert.True(set.GetProperty("isOverride").GetBoolean());
        Assert.Equal("暴露垃圾", set.GetProperty("name").GetString());
        var (reported, deadline) = await ReportAsync("0102");
        Assert.Equal(TimeSpan.FromDays(10), deadline - reported);
        var reset = Ok(await db.MutateAsync("resetComplaintCategory", new { townshipCode = db.Demo, kind = "event", code = "0102" }, Category, db.Admin), "category");
        Assert.Equal((false, 4.0, "WORK_HOURS"), (reset.GetProperty("isOverride").GetBoolean(), reset.GetProperty("timeLimit").GetDouble(), reset.GetProperty("timeUnit").GetString()));
    }

    [Theory]
    [InlineData(0, "DAYS")]
    [InlineData(366, "DAYS")]
    [InlineData(251, "WORK_DAYS")]
    [InlineData(9000, "HOURS")]
    public async Task A_time_limit_of_nothing_or_more_than_a_year_is_refused(double limit, string unit)
    {
        var error = Errors(await db.MutateAsync("setComplaintCategory", Set("0103", limit, unit), Category, db.Admin), "InvalidInputError").Single();
        Assert.Equal("timeLimit", error.GetProperty("path")[1].GetString());
    }

    [Fact]
    public async Task Only_an_admin_of_the_township_sets_categories_and_the_audit_log_keeps_the_old_limit()
    {
        Errors(await db.MutateAsync("setComplaintCategory", Set("0104", 2, "WORK_DAYS"), Category, db.Planner), "ForbiddenError");
        Ok(await db.MutateAsync("setComplaintCategory", Set("0104", 2, "WORK_DAYS"), Category, db.Admin), "category");
        Ok(await db.MutateAsync("setComplaintCategory", Set("0104", 3, "WORK_DAYS"), Category, db.Admin), "category");
        Assert.Equal("2 → 3", await db.ScalarAsync<string>(
            $"SELECT (before ->> 'time_limit') || ' → ' || (after ->> 'time_limit') FROM zones.audit_log WHERE table_name = 'complaint_category' AND action = 'update' AND township_code = '{db.Demo}' AND after ->> 'code' = '0104'"));
        var listed = (await db.QueryAsync($"{{ complaintCategories(townshipCode: \"{db.Demo}\") {{ code isOverride timeLimit }} }}", null)).GetProperty("complaintCategories");
        Assert.Contains(listed.EnumerateArray(), c => c.GetProperty("code").GetString() == "0104" && c.GetProperty("isOverride").GetBoolean() && c.GetProperty("timeLimit").GetDouble() == 3);
    }
}
