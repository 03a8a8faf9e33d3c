using Zones.Server.Data;
using Zones.Server.Data.Editing;
using static Zones.Server.Tests.Data.Editing.TestTownship;

namespace Zones.Server.Tests.Data.Editing;

/// <summary>Split, merge, shared-boundary edits and the topology report, on hand-built zones in local metres.</summary>
[Collection(EditingDatabase.Collection)]
public class ZoneReshapeTests(EditingDatabase db) : TownshipTests(db)
{
    ZoneEditor Editor => new(Db);

    // A 500 m × 1000 m zone cut east–west at y = 400 m: 300 000 m² north, 200 000 m² south.
    static readonly NetTopologySuite.Geometries.Geometry Blade = Local("LINESTRING(-10 400,510 400)");

    Task<SplitZonePayload> SplitAsync(ZoneRecord zone, IReadOnlyList<SplitPartInput>? parts = null) =>
        Editor.SplitZoneAsync(Town.Actor, new(zone.Id, zone.Version, Blade, parts), default);

    Task<long> LiveAssignmentsAsync(long zoneId) => Town.ScalarAsync<long>(
        "SELECT count(*) FROM zones.assignment WHERE township_code = $1 AND zone_id = $2 AND valid_to IS NULL", zoneId);

    Task AssignUnitAsync(long zoneId) => Town.ExecAsync(
        "INSERT INTO zones.assignment (township_code, target_kind, zone_id, unit_id, role, is_primary, valid_from) " +
        "VALUES ($1, 'zone', $2, $3, 'leader', true, now() - interval '1 day')", zoneId, Town.UnitA);

    [Fact]
    public async Task A_split_gives_two_parts_whose_areas_sum_to_the_original()
    {
        var parts = (await SplitAsync(await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000)))).Parts;
        Assert.Equal(["西片-1", "西片-2"], parts.Select(p => p.Name));
        AssertArea(300_000, await Town.AreaAsync(parts[0].Boundary)); // north first: the parts lie one above the other
        AssertArea(200_000, await Town.AreaAsync(parts[1].Boundary));
        AssertArea(500_000, await Town.AreaAsync(parts[0].Boundary.Union(parts[1].Boundary)));
    }

    [Fact]
    public async Task A_split_retires_the_original_and_uses_the_given_names_and_codes()
    {
        var zone = await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        var parts = (await SplitAsync(zone, [new("北片", Town.Code + "101"), new("南片")])).Parts;
        Assert.Equal([(Town.Code + "101", "北片"), (Town.Code + "002", "南片")], parts.Select(p => (p.Code, p.Name)));
        Assert.Equal("retired", await Town.ScalarAsync<string>("SELECT status FROM zones.zone WHERE township_code = $1 AND id = $2", zone.Id));
    }

    [Fact]
    public async Task A_split_moves_children_to_the_part_holding_them_and_carries_assignments_to_every_part()
    {
        var zone = await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        var village = await Town.ZoneAsync("一村", Rect(0, 0, 100, 100), zone.Id, ZoneLevel.Village);
        await AssignUnitAsync(zone.Id);
        var payload = await SplitAsync(zone);
        Assert.Equal(new ChildMove(village.Id, payload.Parts[1].Id), Assert.Single(payload.MovedChildren));
        Assert.Equal((0L, 1L, 1L), (await LiveAssignmentsAsync(zone.Id), await LiveAssignmentsAsync(payload.Parts[0].Id),
                                    await LiveAssignmentsAsync(payload.Parts[1].Id)));
    }

    [Fact]
    public async Task A_blade_through_a_child_is_refused_and_nothing_is_written()
    {
        var zone = await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        await Town.ZoneAsync("一村", Rect(0, 350, 100, 450), zone.Id, ZoneLevel.Village);
        var before = await Town.CountsAsync();
        var error = Single<SplitCutsChildrenError>(await SplitAsync(zone));
        Assert.Equal(("一村", before), (Assert.Single(error.Children).Name, await Town.CountsAsync()));
    }

    [Fact]
    public async Task A_split_refused_after_the_original_was_retired_writes_nothing()
    {
        var before = await Town.CountsAsync(); // the township zone has no parent: its parts need codes, checked after the retire
        var payload = await Editor.SplitZoneAsync(Town.Actor, new(Town.RootId, 1, Local("LINESTRING(-10 400,1010 400)")), default);
        Assert.Equal("code", Single<InvalidInputError>(payload).Field);
        Assert.Equal(before, await Town.CountsAsync());
    }

    [Fact]
    public async Task A_blade_that_misses_the_zone_is_refused()
    {
        var zone = await Town.ZoneAsync("西片", Rect(0, 0, 500, 300));
        var error = Assert.Single((await SplitAsync(zone)).Errors);
        Assert.Equal("INVALID_INPUT", error.Code);
        Assert.Equal("blade", error.Field);
    }

    [Fact]
    public async Task Merging_two_adjacent_squares_gives_one_rectangle_with_the_first_zones_id()
    {
        var west = await Town.ZoneAsync("西片", Rect(0, 0, 500, 500));
        var east = await Town.ZoneAsync("东片", Rect(500, 0, 1000, 500));
        var payload = await Editor.MergeZonesAsync(Town.Actor, new([new(west.Id, 1), new(east.Id, 1)], Name: "南片"), default);
        var merged = payload.Zone!;
        Assert.Equal((west.Id, "南片", 2, 1), (merged.Id, merged.Name, merged.Version, merged.Boundary.NumGeometries));
        Assert.True(await Town.AreaAsync(merged.Boundary.SymmetricDifference(Rect(0, 0, 1000, 500))) < 0.01);
        Assert.Equal(east.Id, Assert.Single(payload.Retired).Id);
    }

    [Fact]
    public async Task Merging_a_zone_with_a_zone_of_another_parent_is_refused()
    {
        var area = await Town.ZoneAsync("西片", Rect(0, 0, 500, 500));
        var village = await Town.ZoneAsync("一村", Rect(0, 0, 100, 100), area.Id, ZoneLevel.Village);
        var error = Assert.Single((await Editor.MergeZonesAsync(Town.Actor, new([new(area.Id, 1), new(village.Id, 1)]), default)).Errors);
        Assert.Equal("INVALID_INPUT", error.Code);
    }

    [Fact]
    public async Task Merging_checks_every_zones_version()
    {
        var west = await Town.ZoneAsync("西片", Rect(0, 0, 500, 500));
        var east = await Town.ZoneAsync("东片", Rect(500, 0, 1000, 500));
        var payload = await Editor.MergeZonesAsync(Town.Actor, new([new(west.Id, 1), new(east.Id, 7)]), default);
        Assert.Equal(1, Single<VersionConflictError>(payload).CurrentVersion);
    }

    [Fact]
    public async Task Moving_a_shared_edge_on_both_zones_together_keeps_zero_gap_and_zero_overlap()
    {
        var west = await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        var east = await Town.ZoneAsync("东片", Rect(500, 0, 1000, 1000));
        var payload = await Editor.UpdateZonesTogetherAsync(Town.Actor,
            [new(west.Id, 1, Rect(0, 0, 600, 1000)), new(east.Id, 1, Rect(600, 0, 1000, 1000))], null, default);
        Assert.Equal([2, 2], payload.Zones.Select(z => z.Version));
        Assert.True((await new ZoneTopology(Db).CheckAsync(Town.RootId, default)).IsClean);
    }

    [Fact]
    public async Task Moving_a_shared_edge_on_one_zone_only_overlaps_the_neighbour()
    {
        var west = await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        var east = await Town.ZoneAsync("东片", Rect(500, 0, 1000, 1000));
        var payload = await Editor.UpdateZoneAsync(Town.Actor, new(west.Id, 1, Rect(0, 0, 600, 1000)), default);
        var overlap = Assert.Single(Single<ZoneOverlapError>(payload).Overlaps);
        Assert.Equal((west.Id, east.Id), (overlap.ZoneId, overlap.OtherId));
        AssertArea(100 * 1000, overlap.AreaM2);
    }

    [Fact]
    public async Task Edited_zones_that_overlap_each_other_are_refused_together()
    {
        var west = await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        var east = await Town.ZoneAsync("东片", Rect(500, 0, 1000, 1000));
        var payload = await Editor.UpdateZonesTogetherAsync(Town.Actor,
            [new(west.Id, 1, Rect(0, 0, 600, 1000)), new(east.Id, 1, Rect(590, 0, 1000, 1000))], null, default);
        AssertArea(10 * 1000, Assert.Single(Single<ZoneOverlapError>(payload).Overlaps).AreaM2);
    }

    [Fact]
    public async Task The_topology_report_gives_the_gap_and_the_overlap_with_their_areas()
    {
        await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        await Town.ZoneAsync("东片", Rect(490, 0, 1000, 990));
        var report = await new ZoneTopology(Db).CheckAsync(Town.RootId, default);
        AssertArea(500 * 10, report.GapAreaM2);               // the strip y 990–1000 m east of x = 500 m
        AssertArea(10 * 990, Assert.Single(report.Overlaps).AreaM2);
    }
}
