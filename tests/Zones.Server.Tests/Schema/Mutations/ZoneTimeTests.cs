using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Spatial;
using Zones.Server.Tests.Data.Editing;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema.Mutations;

/// <summary>zonesAsOf and Zone.history (issue #13 §E): zones and their 包联 as they were on a day, and who changed what.</summary>
[Collection(MutationDatabase.Collection)]
public class ZoneTimeTests(MutationDatabase db) : MutationTest(db)
{
    // The account behind the planner actor, for the person's name the history shows.
    const string AccountSql = """
        INSERT INTO zones.app_user (township_code, username, display_name, role, password_hash, person_id)
        VALUES ($1, $2, '规划员', 'planner', 'not-a-hash', $3)
        """;

    public override async Task DisposeAsync()
    {
        await Town.ExecAsync("DELETE FROM zones.app_user WHERE township_code = $1");
        await base.DisposeAsync();
    }

    /// <summary>A zone inside the township, in force since 2025 (written directly: the editor dates a new zone now).</summary>
    Task<long> ZoneSince2025Async() => Town.ScalarAsync<long>("""
        INSERT INTO zones.zone (township_code, parent_id, level, code, name, geom, valid_from)
        VALUES ($1, $2, 'area', $1 || '001', '老街片区', ST_Multi($3), '2025-01-01T00:00:00+08:00') RETURNING id
        """, Town.RootId, StorageGeometry.WithStorageSrid(TestTownship.Rect(0, 0, 500, 500)));

    Task<JsonElement> HandOverAsync(long zone, long person, string from) => MutateAsync("assignOwner",
        $"targetKind: ZONE, targetId: {zone}, owner: {{ personId: {person} }}, role: LEADER, isPrimary: true, validFrom: \"{from}\"",
        "assignment { id }", Planner);

    async Task<string[]> OwnersAsOfAsync(long zone, string at, Actor? actor)
    {
        var result = await Db.App.ExecuteAsync($$"""{ zonesAsOf(townshipCode: "{{Town.Code}}", at: "{{at}}") { zoneId owners { ownerName } } }""", actor: actor);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var version = result.GetProperty("data").GetProperty("zonesAsOf").EnumerateArray().Single(v => v.GetProperty("zoneId").GetString() == $"{zone}");
        return version.GetProperty("owners").EnumerateArray().Select(o => o.GetProperty("ownerName").GetString()!).ToArray();
    }

    [Fact]
    public async Task A_handover_shows_the_old_owner_before_it_and_the_new_one_after()
    {
        var zone = await ZoneSince2025Async();
        Ok(await HandOverAsync(zone, Town.PersonA, "2026-01-01T00:00:00+08:00"), "assignment");
        Ok(await HandOverAsync(zone, Town.PersonB, "2026-03-01T09:00:00+08:00"), "assignment");
        Assert.Equal(["张三"], await OwnersAsOfAsync(zone, "2026-02-15T00:00:00+08:00", Planner));
        Assert.Equal(["李四"], await OwnersAsOfAsync(zone, "2026-03-02T00:00:00+08:00", Planner));
        Assert.Empty(await OwnersAsOfAsync(zone, "2025-06-01T00:00:00+08:00", Planner));
    }

    [Fact]
    public async Task The_history_lists_the_handover_as_one_change_from_the_old_owner_to_the_new()
    {
        var zone = await ZoneSince2025Async();
        Ok(await HandOverAsync(zone, Town.PersonA, "2026-01-01T00:00:00+08:00"), "assignment");
        Ok(await HandOverAsync(zone, Town.PersonB, "2026-03-01T09:00:00+08:00"), "assignment");
        var history = await HistoryAsync(zone);
        Assert.Equal(["OWNER_ASSIGNED:张三→李四", "OWNER_ASSIGNED:→张三", "CREATED:→老街片区"],
                     history.Select(c => $"{c.GetProperty("kind")}:{c.GetProperty("before")}→{c.GetProperty("after")}"));
    }

    [Fact]
    public async Task A_boundary_edit_is_listed_with_the_shapes_before_and_after_and_the_person_who_made_it()
    {
        await Town.ExecAsync(AccountSql, Planner.Name, Town.PersonA);
        var zone = await Town.ZoneAsync("东片区", TestTownship.Rect(0, 0, 500, 1000));
        Ok(await MutateAsync("updateZoneBoundary", $"id: {zone.Id}, expectedVersion: {zone.Version}, boundary: {{ wkt: \"{Rect(0, 0, 400, 1000)}\" }}, options: {{ allowGap: true }}",
                             "zone { id }", Planner), "zone");
        var change = (await HistoryAsync(zone.Id))[0];
        Assert.Equal(("BOUNDARY", Planner.Name, "张三", 2), (change.GetProperty("kind").GetString(), change.GetProperty("actor").GetString(),
                     change.GetProperty("actorName").GetString(), change.GetProperty("version").GetInt32()));
        TestTownship.AssertArea(500_000, await Town.AreaAsync(Geom(change.GetProperty("boundaryBefore"))));
        TestTownship.AssertArea(400_000, await Town.AreaAsync(Geom(change.GetProperty("boundaryAfter"))));
    }

    [Fact]
    public async Task A_retired_zone_is_present_before_its_retirement_and_absent_after()
    {
        var zone = await Town.ZoneAsync("东片区", TestTownship.Rect(0, 0, 500, 1000));
        var whileLive = DateTimeOffset.UtcNow.ToString("O");
        Ok(await MutateAsync("deleteZone", $"id: {zone.Id}, expectedVersion: {zone.Version}", "zone { id }", Planner), "zone");
        Assert.Contains($"{zone.Id}", await ZoneIdsAsOfAsync(Town.Code, whileLive, Planner));
        Assert.Equal([$"{Town.RootId}"], await ZoneIdsAsOfAsync(Town.Code, DateTimeOffset.UtcNow.AddSeconds(1).ToString("O"), Planner));
    }

    [Fact]
    public async Task Another_townships_zones_are_not_visible_at_any_date()
    {
        await Db.SecondTownshipAsync();
        var now = DateTimeOffset.UtcNow.ToString("O");
        var neighbour = new Actor("s2-viewer", Roles.Viewer, Scope: ActorScope.Township(SecondTownship.Code));
        Assert.Empty(await ZoneIdsAsOfAsync(SecondTownship.Code, now, null));
        Assert.Empty(await ZoneIdsAsOfAsync(SecondTownship.Code, now, new Actor("planner", Roles.Planner, Scope: ActorScope.Township(Town.Code))));
        Assert.NotEmpty(await ZoneIdsAsOfAsync(SecondTownship.Code, now, neighbour));
    }

    async Task<string[]> ZoneIdsAsOfAsync(string township, string at, Actor? actor)
    {
        var result = await Db.App.ExecuteAsync($$"""{ zonesAsOf(townshipCode: "{{township}}", at: "{{at}}") { zoneId } }""", actor: actor);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data").GetProperty("zonesAsOf").EnumerateArray().Select(v => v.GetProperty("zoneId").GetString()!).ToArray();
    }

    async Task<JsonElement[]> HistoryAsync(long zone)
    {
        var result = await Db.App.ExecuteAsync($$"""
            { zone(id: "{{zone}}") { history { kind actor actorName version before after boundaryBefore { wkt } boundaryAfter { wkt } } } }
            """, actor: Planner);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data").GetProperty("zone").GetProperty("history").EnumerateArray().ToArray();
    }

    static NetTopologySuite.Geometries.Geometry Geom(JsonElement g) => new NetTopologySuite.IO.WKTReader().Read(g.GetProperty("wkt").GetString());
}
