using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Tests.Data.Complaints;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Complaints.ComplaintKit;

namespace Zones.Server.Tests.Schema;

/// <summary>
/// 并案 through GraphQL (issue #14 §3) on the test township of <see cref="ComplaintKit"/>: reportComplaint says
/// folded, Complaint.reporterCount and Complaint.reports (staff only, phones masked by ReporterPrivacy),
/// splitComplaintReport, and the township's settings (read by anyone who reads it, set by its admins).
/// </summary>
[Collection(PostgisCollection.Name)]
public class ComplaintFoldApiTests(PostgisFixture pg) : ComplaintTownshipTests(pg)
{
    static readonly Actor Admin = TownshipAdmin;
    static readonly Actor TownPlanner = new("planner", Roles.Planner, Scope: ActorScope.Township(Township));
    static readonly Actor Key = new("apikey:test", Roles.Hotline, Scope: ActorScope.Township(Township));

    const string ReportMutation = """
        mutation($m: Float!) { reportComplaint(input: {location: {point: {lon: 120.003, lat: $m}}, categoryKind: "event",
          categoryCode: "0104", source: CITIZEN, description: "路面有油污", reporterPhone: "13912345678"}) {
          folded complaint { id caseNumber reporterCount version } errors { __typename } } }
        """;

    async Task<JsonElement> RunAsync(string query, object? variables = null, Actor? actor = null)
    {
        await using var app = new ZonesApplication(Pg.ConnectionString);
        var vars = variables is null ? null : JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(variables));
        var result = await app.ExecuteAsync(query, vars?.ToDictionary(p => p.Key, p => Plain(p.Value)), actor ?? TownPlanner);
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        return result.GetProperty("data");
    }

    static object? Plain(object? v) => v is JsonElement e ? e.ValueKind switch
    {
        JsonValueKind.Number => e.GetDouble(), JsonValueKind.String => e.GetString(), JsonValueKind.True => true, JsonValueKind.False => false, _ => null,
    } : v;

    async Task<JsonElement> ReportAsync(double metresNorth) =>
        (await RunAsync(ReportMutation, new { m = 30.003 + metresNorth / 110852.0 }, Key)).GetProperty("reportComplaint");

    Task<JsonElement> CaseAsync(string id, Actor actor) => RunAsync($$"""
        { complaint(id: "{{id}}") { reporterCount reports { id reporterPhone distanceM source } events { action actionLabel } } }
        """, actor: actor);

    [Fact]
    public async Task A_second_report_nearby_is_folded_and_the_payload_says_so()
    {
        var first = await ReportAsync(0);
        var second = await ReportAsync(20);
        Assert.Equal((false, true), (first.GetProperty("folded").GetBoolean(), second.GetProperty("folded").GetBoolean()));
        Assert.Equal(first.GetProperty("complaint").GetProperty("caseNumber").GetString(), second.GetProperty("complaint").GetProperty("caseNumber").GetString());
        Assert.Equal(2, second.GetProperty("complaint").GetProperty("reporterCount").GetInt32());
    }

    [Fact]
    public async Task Staff_see_the_folded_reports_and_the_fold_in_the_history()
    {
        var id = (await ReportAsync(0)).GetProperty("complaint").GetProperty("id").GetString()!;
        await ReportAsync(20);
        var c = (await CaseAsync(id, TownPlanner)).GetProperty("complaint");
        var report = Assert.Single(c.GetProperty("reports").EnumerateArray());
        Assert.Equal(("13912345678", "CITIZEN"), (report.GetProperty("reporterPhone").GetString(), report.GetProperty("source").GetString()));
        Assert.Equal(20.0, report.GetProperty("distanceM").GetDouble(), 0.5);
        Assert.Contains(c.GetProperty("events").EnumerateArray(), e => e.GetProperty("actionLabel").GetString() == "并案");
    }

    [Fact]
    public async Task A_hotline_key_sees_the_count_but_no_reports()
    {
        var id = (await ReportAsync(0)).GetProperty("complaint").GetProperty("id").GetString()!;
        await ReportAsync(20);
        var c = (await CaseAsync(id, Key)).GetProperty("complaint");
        Assert.Equal((2, 0), (c.GetProperty("reporterCount").GetInt32(), c.GetProperty("reports").GetArrayLength()));
    }

    [Fact]
    public async Task Splitting_through_the_api_returns_both_cases()
    {
        var id = (await ReportAsync(0)).GetProperty("complaint").GetProperty("id").GetString()!;
        await ReportAsync(20);
        var reportId = (await CaseAsync(id, TownPlanner)).GetProperty("complaint").GetProperty("reports")[0].GetProperty("id").GetString();
        var split = (await RunAsync("""
            mutation($r: ID!) { splitComplaintReport(input: {reportId: $r}) { complaint { reporterCount } original { id reporterCount } errors { __typename } } }
            """, new { r = reportId })).GetProperty("splitComplaintReport");
        Assert.Equal(0, split.GetProperty("errors").GetArrayLength());
        Assert.Equal((1, 1), (split.GetProperty("complaint").GetProperty("reporterCount").GetInt32(), split.GetProperty("original").GetProperty("reporterCount").GetInt32()));
    }

    [Fact]
    public async Task An_admin_sets_the_radius_and_a_wrong_value_is_explained_in_chinese()
    {
        const string Set = """
            mutation($r: Float) { updateComplaintFoldSettings(input: {townshipCode: "999999002000", componentRadiusM: $r, windowDays: 3}) {
              settings { componentRadiusM eventRadiusM windowDays customised } errors { __typename ... on UserError { message } } } }
            """;
        var ok = (await RunAsync(Set, new { r = 80.0 }, Admin)).GetProperty("updateComplaintFoldSettings").GetProperty("settings");
        Assert.Equal((80.0, 250.0, 3, true), (ok.GetProperty("componentRadiusM").GetDouble(), ok.GetProperty("eventRadiusM").GetDouble(),
                                              ok.GetProperty("windowDays").GetInt32(), ok.GetProperty("customised").GetBoolean()));
        var bad = (await RunAsync(Set, new { r = 0.0 }, Admin)).GetProperty("updateComplaintFoldSettings").GetProperty("errors")[0];
        Assert.StartsWith("部件并案半径应在 0–2000 米之间", bad.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_planner_may_not_change_the_settings_but_reads_them()
    {
        var refused = (await RunAsync("""mutation { updateComplaintFoldSettings(input: {townshipCode: "999999002000", enabled: false}) { errors { __typename } } }"""))
            .GetProperty("updateComplaintFoldSettings").GetProperty("errors")[0];
        Assert.Equal("ForbiddenError", refused.GetProperty("__typename").GetString());
        var read = (await RunAsync("""{ township(code: "999999002000") { foldSettings { componentRadiusM eventRadiusM windowDays enabled customised } } }"""))
            .GetProperty("township").GetProperty("foldSettings");
        Assert.Equal("""{"componentRadiusM":50,"eventRadiusM":250,"windowDays":7,"enabled":true,"customised":false}""", read.GetRawText());
    }

    [Fact]
    public async Task Use_defaults_drops_the_townships_own_settings_and_answers_the_defaults()
    {
        const string Reset = """
            mutation { updateComplaintFoldSettings(input: {townshipCode: "999999002000", useDefaults: true, componentRadiusM: 99}) {
              settings { componentRadiusM eventRadiusM windowDays enabled customised } } }
            """;
        await RunAsync("""mutation { updateComplaintFoldSettings(input: {townshipCode: "999999002000", componentRadiusM: 80, enabled: false}) { errors { __typename } } }""", actor: Admin);
        var reset = (await RunAsync(Reset, actor: Admin)).GetProperty("updateComplaintFoldSettings").GetProperty("settings");
        Assert.Equal("""{"componentRadiusM":50,"eventRadiusM":250,"windowDays":7,"enabled":true,"customised":false}""", reset.GetRawText());
        Assert.Equal(0L, await Kit.ScalarAsync<long>($"SELECT count(*) FROM zones.complaint_fold_setting WHERE township_code = '{Township}'"));
    }
}
