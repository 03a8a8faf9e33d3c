using System.Text.Json;
using Zones.Server.Data;

namespace Zones.Server.Tests.Schema.Mutations;

/// <summary>reportComplaint / transitionComplaint on the demo township (its zones, categories and calendar).</summary>
[Collection(MutationDatabase.Collection)]
public class ComplaintMutationTests(MutationDatabase db) : MutationTest(db)
{
    const string Out = "complaint { id stage version zone { name } }";

    Task<JsonElement> ReportAsync(Actor? actor, string at = "lon: 119.805, lat: 31.035", string code = "0102", string errors = "") =>
        MutateAsync("reportComplaint", $"location: {{ point: {{ {at} }} }}, categoryKind: \"event\", categoryCode: \"{code}\", source: HOTLINE_12345, description: \"路边有暴露垃圾\"",
                    Out, actor, errors);

    Task<JsonElement> ActAsync(long id, string action, string errors = "", Actor? actor = null) =>
        MutateAsync("transitionComplaint", $"id: {id}, action: {action}, note: \"说明\"", Out, actor ?? new Actor("planner", Roles.Planner), errors);

    [Fact]
    public async Task A_hotline_report_opens_a_case_in_the_zone_at_the_point()
    {
        var complaint = Ok(await ReportAsync(Hotline), "complaint");
        Assert.Equal("RECEIVED", complaint.GetProperty("stage").GetString());
        Assert.Equal(JsonValueKind.String, complaint.GetProperty("zone").GetProperty("name").ValueKind);
    }

    [Fact]
    public async Task Anonymous_and_viewer_reports_are_forbidden_and_write_nothing()
    {
        var before = await Db.ScalarAsync<long>("SELECT count(*) FROM zones.complaint");
        Assert.Contains("登录", Error(await ReportAsync(null), "ForbiddenError").GetProperty("message").GetString());
        Error(await ReportAsync(Viewer), "ForbiddenError");
        Assert.Equal(before, await Db.ScalarAsync<long>("SELECT count(*) FROM zones.complaint"));
    }

    [Fact]
    public async Task Reports_outside_the_zones_or_of_an_unknown_category_are_typed_errors()
    {
        Error(await ReportAsync(Hotline, at: "lon: 100, lat: 20", errors: "... on OutsideZonesError { nearestZoneName distanceMetres }"), "OutsideZonesError");
        var unknown = Error(await ReportAsync(Hotline, code: "9999", errors: "... on UnknownCategoryError { validCodes }"), "UnknownCategoryError");
        Assert.NotEqual(0, unknown.GetProperty("validCodes").GetArrayLength());
    }

    [Fact]
    public async Task A_case_is_registered_and_an_illegal_action_lists_the_allowed_ones()
    {
        var id = Id(Ok(await ReportAsync(Hotline), "complaint"));
        var error = Error(await ActAsync(id, "CLOSE", "... on InvalidTransitionError { fromStage action allowedActions }"), "InvalidTransitionError");
        Assert.Equal("RECEIVED", error.GetProperty("fromStage").GetString());
        Assert.Contains("REGISTER", error.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("REGISTERED", Ok(await ActAsync(id, "REGISTER"), "complaint").GetProperty("stage").GetString());
    }

    [Fact]
    public async Task A_cadre_may_not_move_a_case_of_another_unit_and_anonymous_callers_may_not_move_any()
    {
        var id = Id(Ok(await ReportAsync(Hotline), "complaint"));
        Assert.Contains("not assigned to you", Error(await ActAsync(id, "REGISTER", actor: new Actor("cadre", Roles.Cadre, null, -1)), "ForbiddenError").GetProperty("message").GetString());
        Error(await MutateAsync("transitionComplaint", $"id: {id}, action: REGISTER", Out, null), "ForbiddenError");
    }
}
