using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Data.Complaints;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema.Mutations;

/// <summary>
/// A cadre's own cases — <c>complaints(mine:)</c>, rule zones.complaint_is_mine (migration 0023) — and the
/// names that sign a case's steps (<c>ComplaintEvent.actorName</c>), issue #13 §F, on the demo township.
/// </summary>
[Collection(MutationDatabase.Collection)]
public class MyCasesTests(MutationDatabase db) : MutationTest(db)
{
    const string Demo = "330522125000";

    /// <summary>A new hotline case dispatched by a planner who is a demo person to <paramref name="personId"/>.</summary>
    async Task<long> DispatchedCaseAsync(long personId, Actor planner)
    {
        var report = await MutateAsync("reportComplaint", "location: { point: { lon: 119.805, lat: 31.035 } }, categoryKind: \"event\", " +
            "categoryCode: \"0102\", source: HOTLINE_12345, description: \"路边有暴露垃圾\"", "complaint { id }", Hotline);
        var id = Id(Ok(report, "complaint"));
        Ok(await MutateAsync("transitionComplaint", $"id: {id}, action: REGISTER", "complaint { id }", planner), "complaint");
        Ok(await MutateAsync("transitionComplaint", $"id: {id}, action: DISPATCH, personId: {personId}", "complaint { id }", planner), "complaint");
        return id;
    }

    async Task<List<long>> MineAsync(Actor actor, bool mine = true)
    {
        var result = await Db.App.ExecuteAsync($$"""
            { complaints(townshipCode: "{{Demo}}", mine: {{(mine ? "true" : "false")}}, orderBy: REPORTED_AT, descending: true, first: 20) { edges { node { id } } } }
            """, actor: actor);
        return [.. result.GetProperty("data").GetProperty("complaints").GetProperty("edges").EnumerateArray().Select(e => Id(e.GetProperty("node")))];
    }

    Task<(long Person, long Unit, string Name)> DemoPersonAsync(int nth) => Task.Run(async () =>
    {
        var row = await Db.ScalarAsync<string>($"SELECT concat_ws('|', id, unit_id, name) FROM zones.person WHERE township_code = '{Demo}' AND unit_id IS NOT NULL ORDER BY id OFFSET {nth} LIMIT 1");
        var parts = row.Split('|');
        return (long.Parse(parts[0]), long.Parse(parts[1]), parts[2]);
    });

    [Fact]
    public async Task Mine_lists_the_cases_of_my_person_and_of_my_unit_and_mine_false_the_others()
    {
        var (person, unit, _) = await DemoPersonAsync(0);
        var (clerk, _, _) = await DemoPersonAsync(1);
        var id = await DispatchedCaseAsync(person, new Actor("planner", Roles.Planner, clerk));
        Assert.Contains(id, await MineAsync(new Actor("cadre", Roles.Cadre, person)));
        Assert.DoesNotContain(id, await MineAsync(new Actor("cadre", Roles.Cadre, person), mine: false));
        Assert.Contains(id, await MineAsync(new Actor("cadre", Roles.Cadre, null, unit))); // dispatched to a person: their unit answers too
        Assert.Empty(await MineAsync(new Actor("cadre", Roles.Cadre, null, -1)));
    }

    [Fact]
    public async Task An_account_acting_for_nobody_has_no_cases_of_its_own()
    {
        Assert.Empty(await MineAsync(new Actor("planner", Roles.Planner)));
        Assert.NotEmpty(await MineAsync(new Actor("planner", Roles.Planner), mine: false));
    }

    [Fact]
    public async Task A_step_is_signed_with_the_name_of_the_person_who_took_it_and_a_hotline_intake_with_none()
    {
        var (person, _, _) = await DemoPersonAsync(0);
        var (clerk, _, clerkName) = await DemoPersonAsync(1);
        var id = await DispatchedCaseAsync(person, new Actor("clerk1", Roles.Planner, clerk));
        var result = await Db.App.ExecuteAsync($"{{ complaint(id: {id}) {{ events {{ action actionLabel actor actorName }} }} }}", actor: Planner);
        var events = result.GetProperty("data").GetProperty("complaint").GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["receive", "register", "dispatch"], events.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(JsonValueKind.Null, events[0].GetProperty("actorName").ValueKind);
        Assert.All(events.Skip(1), e => Assert.Equal(("clerk1", clerkName), (e.GetProperty("actor").GetString(), e.GetProperty("actorName").GetString())));
    }

    [Fact]
    public void The_unit_taking_a_dispatched_case_signs_for_it() =>
        Assert.Equal("签收", Actions.Chinese(Actions.Dispose));
}
