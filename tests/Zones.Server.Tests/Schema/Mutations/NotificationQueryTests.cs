using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema.Mutations;

/// <summary>
/// myNotifications, unreadNotificationCount and markNotificationsRead (issue #14 §5) on the demo township:
/// who sees a notification (the addressed person, the members of the addressed unit, the township's admins,
/// nobody else), and read state kept per reader.
/// </summary>
[Collection(MutationDatabase.Collection)]
public class NotificationQueryTests(MutationDatabase db) : MutationTest(db)
{
    const string Demo = "330522125000";
    static readonly Actor DemoAdmin = new("admin", Roles.Admin, Scope: ActorScope.Township(Demo));
    static readonly Actor OtherAdmin = new("s2-admin", Roles.Admin, Scope: ActorScope.Township("330522200000"));

    /// <summary>A new hotline case dispatched to demo person <paramref name="nth"/>; returns its case number, the person and their unit.</summary>
    async Task<(string CaseNumber, long Person, long Unit)> DispatchedCaseAsync(int nth, string order = "id")
    {
        var row = (await Db.ScalarAsync<string>($"SELECT concat_ws('|', id, unit_id) FROM zones.person WHERE township_code = '{Demo}' AND unit_id IS NOT NULL ORDER BY {order} OFFSET {nth} LIMIT 1")).Split('|');
        var report = Ok(await MutateAsync("reportComplaint", "location: { point: { lon: 119.805, lat: 31.035 } }, categoryKind: \"event\", " +
            "categoryCode: \"0102\", source: HOTLINE_12345, description: \"路边有暴露垃圾\"", "complaint { id caseNumber }", Hotline), "complaint");
        Ok(await MutateAsync("transitionComplaint", $"id: {Id(report)}, action: REGISTER", "complaint { id }", Planner), "complaint");
        Ok(await MutateAsync("transitionComplaint", $"id: {Id(report)}, action: DISPATCH, personId: {row[0]}", "complaint { id }", Planner), "complaint");
        return (report.GetProperty("caseNumber").GetString()!, long.Parse(row[0]), long.Parse(row[1]));
    }

    async Task<List<JsonElement>> MineAsync(Actor actor, string caseNumber, bool unreadOnly = false)
    {
        var result = await Db.App.ExecuteAsync($"{{ myNotifications(first: 200, unreadOnly: {(unreadOnly ? "true" : "false")}) {{ edges {{ node {{ id kind caseNumber read complaint {{ caseNumber }} }} }} }} }}", actor: actor);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return [.. result.GetProperty("data").GetProperty("myNotifications").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node")).Where(n => n.GetProperty("caseNumber").GetString() == caseNumber)];
    }

    async Task<int> UnreadAsync(Actor actor) =>
        (await Db.App.ExecuteAsync("{ unreadNotificationCount }", actor: actor)).GetProperty("data").GetProperty("unreadNotificationCount").GetInt32();

    [Fact]
    public async Task A_dispatched_case_is_new_to_its_person_their_unit_and_the_township_admin_and_to_nobody_else()
    {
        var (number, person, unit) = await DispatchedCaseAsync(0);
        var (_, otherPerson, otherUnit) = await DispatchedCaseAsync(0, "unit_id DESC, id");
        Assert.NotEqual(unit, otherUnit);
        Assert.Equal("NEW", Assert.Single(await MineAsync(new Actor("cadre", Roles.Cadre, person), number)).GetProperty("kind").GetString());
        Assert.Single(await MineAsync(new Actor("colleague", Roles.Cadre, null, unit), number));
        Assert.Single(await MineAsync(DemoAdmin, number));
        Assert.Empty(await MineAsync(new Actor("stranger", Roles.Cadre, otherPerson, otherUnit), number));
        Assert.Empty(await MineAsync(OtherAdmin, number));
        Assert.Empty(await MineAsync(new Actor("planner", Roles.Planner), number));
    }

    [Fact]
    public async Task A_reader_addressed_at_intake_and_again_at_the_handover_sees_the_case_once()
    {
        var (number, _, unit) = await DispatchedCaseAsync(0);
        Assert.Single(await MineAsync(new Actor("colleague", Roles.Cadre, null, unit), number));
        Assert.Single(await MineAsync(DemoAdmin, number));
    }

    [Fact]
    public async Task Marking_read_counts_for_the_reader_only()
    {
        var (number, person, _) = await DispatchedCaseAsync(1);
        var cadre = new Actor("cadre-read", Roles.Cadre, person);
        var before = (await UnreadAsync(cadre), await UnreadAsync(DemoAdmin));
        var id = (await MineAsync(cadre, number))[0].GetProperty("id").GetString();
        var marked = Ok(await MutateAsync("markNotificationsRead", $"ids: [\"{id}\"]", "count unreadCount", cadre), "count").GetInt32();
        Assert.Equal((1, before.Item1 - 1, before.Item2), (marked, await UnreadAsync(cadre), await UnreadAsync(DemoAdmin)));
        Assert.Empty(await MineAsync(cadre, number, unreadOnly: true));
        Assert.True((await MineAsync(cadre, number))[0].GetProperty("read").GetBoolean());
    }

    [Fact]
    public async Task Marking_all_read_leaves_nothing_unread()
    {
        var (_, person, _) = await DispatchedCaseAsync(2);
        var cadre = new Actor("cadre-all", Roles.Cadre, person);
        Assert.True(await UnreadAsync(cadre) > 0);
        Ok(await MutateAsync("markNotificationsRead", "all: true", "count", cadre), "count");
        Assert.Equal(0, await UnreadAsync(cadre));
    }

    [Fact]
    public async Task Anonymous_callers_are_told_to_sign_in()
    {
        var result = await Db.App.ExecuteAsync("{ unreadNotificationCount }", actor: null);
        Assert.Contains("Sign in", result.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
