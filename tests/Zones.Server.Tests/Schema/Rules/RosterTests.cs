using System.Text.Json;
using static Zones.Server.Tests.Schema.Rules.RulesDatabase;

namespace Zones.Server.Tests.Schema.Rules;

/// <summary>Units and people (花名册): create, change, retire, and lists with and without the retired.</summary>
[Collection(RulesDatabase.Collection)]
public class RosterTests(RulesDatabase db)
{
    const string Unit = "unit { id code name kind phone retiredAt }";
    const string Person = "person { id code name title phone unit { id } retiredAt }";

    async Task<string> CreateUnitAsync(string code) =>
        Ok(await db.MutateAsync("createUnit", new { townshipCode = db.Demo, code, name = "城管办", kind = "部门", phone = "0573-8888001" }, Unit, db.Planner), "unit")
            .GetProperty("id").GetString()!;

    async Task<string> CreatePersonAsync(string code, string? unitId = null) =>
        Ok(await db.MutateAsync("createPerson", new { townshipCode = db.Demo, code, name = "赵干部", title = "科员", unitId }, Person, db.Planner), "person")
            .GetProperty("id").GetString()!;

    async Task<JsonElement> PeopleAsync(bool includeRetired) =>
        (await db.QueryAsync($"{{ people(townshipCode: \"{db.Demo}\", includeRetired: {(includeRetired ? "true" : "false")}) {{ id retiredAt }} }}", null)).GetProperty("people");

    [Fact]
    public async Task A_unit_and_a_person_are_created_changed_and_retired_and_the_lists_hide_the_retired()
    {
        var unit = await CreateUnitAsync("RT-U1");
        var person = await CreatePersonAsync("RT-P1", unit);
        var changed = Ok(await db.MutateAsync("updatePerson", new { id = person, phone = "13900001111", title = (string?)null }, Person, db.Planner), "person");
        Assert.Equal(("13900001111", JsonValueKind.Null, unit), (changed.GetProperty("phone").GetString(), changed.GetProperty("title").ValueKind, changed.GetProperty("unit").GetProperty("id").GetString()));
        var retired = Ok(await db.MutateAsync("retirePerson", new { id = person }, Person, db.Planner), "person");
        Assert.Equal(JsonValueKind.String, retired.GetProperty("retiredAt").ValueKind);
        Assert.DoesNotContain((await PeopleAsync(false)).EnumerateArray(), p => p.GetProperty("id").GetString() == person);
        Assert.Contains((await PeopleAsync(true)).EnumerateArray(), p => p.GetProperty("id").GetString() == person);
        Assert.Equal("城管办", Ok(await db.MutateAsync("retireUnit", new { id = unit }, Unit, db.Planner), "unit").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_person_holding_a_bao_lian_cannot_retire_until_it_is_handed_over()
    {
        var person = await CreatePersonAsync("RT-P2");
        var zone = await db.ScalarAsync<long>($"SELECT id FROM zones.zone WHERE township_code = '{db.Demo}' AND level = 'group' AND valid_to IS NULL ORDER BY id LIMIT 1");
        foreach (var role in new[] { "GRID_WORKER", "CADRE" })
            Ok(await db.MutateAsync("assignOwner", new { targetKind = "ZONE", targetId = $"{zone}", owner = new { personId = person }, role }, "assignment { id }", db.Planner), "assignment");
        var error = Errors(await db.MutateAsync("retirePerson", new { id = person }, Person, db.Planner), "InvalidInputError").Single();
        Assert.Contains("还负责 2 项包联", error.GetProperty("message").GetString());
        Assert.Contains("hand them over", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_taken_code_a_bad_kind_or_phone_and_a_viewer_are_refused()
    {
        await CreateUnitAsync("RT-U3");
        Assert.Equal("code", Errors(await db.MutateAsync("createUnit", new { townshipCode = db.Demo, code = "RT-U3", name = "重复", kind = "other" }, Unit, db.Planner), "DuplicateError")
            .Single().GetProperty("path")[1].GetString());
        Errors(await db.MutateAsync("createUnit", new { townshipCode = db.Demo, code = "RT-U4", name = "某单位", kind = "学校" }, Unit, db.Planner), "InvalidInputError");
        Errors(await db.MutateAsync("createPerson", new { townshipCode = db.Demo, code = "RT-P4", name = "某人", phone = "电话" }, Person, db.Planner), "InvalidInputError");
        Errors(await db.MutateAsync("createPerson", new { townshipCode = db.Demo, code = "RT-P5", name = "某人" }, Person, db.Viewer), "ForbiddenError");
    }

    [Fact]
    public async Task The_audit_log_keeps_a_persons_old_and_new_phone()
    {
        var person = await CreatePersonAsync("RT-P6");
        Ok(await db.MutateAsync("updatePerson", new { id = person, phone = "13900002222" }, Person, db.Planner), "person");
        Ok(await db.MutateAsync("updatePerson", new { id = person, phone = "13900003333" }, Person, db.Planner), "person");
        Assert.Equal("13900002222 → 13900003333", await db.ScalarAsync<string>(
            $"SELECT concat(before ->> 'phone', ' → ', after ->> 'phone') FROM zones.audit_log WHERE table_name = 'person' AND row_id = {person} AND actor = 'rules-planner' ORDER BY id DESC LIMIT 1"));
    }
}
