using NetTopologySuite.Geometries;
using Zones.Server.Data;
using Zones.Server.Data.Editing;
using static Zones.Server.Tests.Data.Editing.TestTownship;

namespace Zones.Server.Tests.Data.Editing;

/// <summary>
/// Create, update and retire zones against the real PostGIS, on a hand-built 1 km × 1 km township
/// (local metres, see <see cref="TestTownship"/>). Areas below were worked out by hand.
/// </summary>
[Collection(EditingDatabase.Collection)]
public class ZoneEditorTests(EditingDatabase db) : TownshipTests(db)
{
    ZoneEditor Editor => new(Db);

    Task<ZonePayload> CreateAsync(Geometry boundary, ZoneEditOptions? options = null, long? parent = null) =>
        Editor.CreateZoneAsync(Town.Actor, new(parent ?? Town.RootId, ZoneLevel.Area, "新片区", boundary, Options: options), default);

    Task<ZonePayload> UpdateAsync(ZoneRecord zone, Geometry? boundary = null, string? name = null, int? version = null) =>
        Editor.UpdateZoneAsync(Town.Actor, new(zone.Id, version ?? zone.Version, boundary, name), default);

    [Fact]
    public async Task A_new_zone_gets_the_next_code_under_its_parent_and_version_1()
    {
        await Town.ZoneAsync("东片", Rect(0, 0, 500, 1000));
        var zone = (await CreateAsync(Rect(500, 0, 1000, 1000))).Zone!;
        Assert.Equal((Town.Code + "002", 1, ZoneStatus.Published), (zone.Code, zone.Version, zone.Status));
        AssertArea(500_000, await Town.AreaAsync(zone.Boundary));
    }

    [Fact]
    public async Task A_code_in_use_is_a_duplicate_error()
    {
        var west = await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        var error = Single<DuplicateError>(await Editor.CreateZoneAsync(Town.Actor,
            new(Town.RootId, ZoneLevel.Area, "东片", Rect(500, 0, 1000, 1000), west.Code), default));
        Assert.Equal(("code", west.Code), (error.Field, error.Value));
    }

    [Fact]
    public async Task A_child_must_be_of_a_lower_level_than_its_parent() =>
        Assert.Equal("level", Single<InvalidInputError>(await Editor.CreateZoneAsync(Town.Actor,
            new(Town.RootId, ZoneLevel.Township, "镇中镇", Rect(0, 0, 10, 10)), default)).Field);

    [Fact]
    public async Task A_zone_without_parent_is_checked_against_the_other_top_zones_of_its_township()
    {
        var payload = await Editor.CreateZoneAsync(Town.Actor,
            new(null, ZoneLevel.Township, "邻镇", Rect(900, 0, 2000, 1000), Town.Code + "9", Town.Code), default);
        var overlap = Assert.Single(Single<ZoneOverlapError>(payload).Overlaps);
        Assert.Equal((Town.RootId, "测试镇"), (overlap.OtherId, overlap.OtherName));
        AssertArea(100 * 1000, overlap.AreaM2);
    }

    [Fact]
    public async Task A_line_as_boundary_is_a_geometry_type_error()
    {
        var error = Single<GeometryTypeError>(await CreateAsync(Local("LINESTRING(0 0,100 100)")));
        Assert.Equal(["Polygon", "MultiPolygon"], error.Expected);
        Assert.Equal("LineString", error.Actual);
    }

    [Fact]
    public async Task A_bow_tie_reports_its_self_intersection_point_and_the_repair()
    {
        var error = Single<InvalidGeometryError>(await CreateAsync(Local("POLYGON((100 100,300 300,300 100,100 300,100 100))")));
        var crossing = Local("POINT(200 200)").Coordinate;
        Assert.Equal("Self-intersection", error.Reason);
        Assert.True(error.Location!.Coordinate.Distance(crossing) < 1e-8);
        Assert.Equal(2, error.SuggestedFix!.NumGeometries);
        Assert.StartsWith("边界自相交，位置 (120.", error.Message);
        Assert.Contains("move that vertex or choose automatic repair.", error.Message);
    }

    [Fact]
    public async Task AutoRepair_stores_the_bow_tie_as_its_two_triangles()
    {
        var zone = (await CreateAsync(Local("POLYGON((100 100,300 300,300 100,100 300,100 100))"), new(AutoRepair: true))).Zone!;
        Assert.Equal(2, zone.Boundary.NumGeometries);
        AssertArea(2 * (200 * 100 / 2), await Town.AreaAsync(zone.Boundary)); // two triangles, base 200 m, height 100 m
    }

    [Fact]
    public async Task A_zone_sticking_10_m_out_of_its_parent_reports_the_area_outside()
    {
        var error = Single<OutOfParentBoundsError>(await CreateAsync(Rect(500, -10, 600, 100)));
        Assert.Equal((Town.RootId, (long?)null), (error.ParentId, error.ZoneId));
        AssertArea(100 * 10, error.OutsideAreaM2);
        AssertArea(1000, await Town.AreaAsync(error.Outside));
    }

    [Fact]
    public async Task ClipToParent_stores_only_the_part_inside()
    {
        var zone = (await CreateAsync(Rect(500, -10, 600, 100), new(ClipToParent: true))).Zone!;
        AssertArea(100 * 100, await Town.AreaAsync(zone.Boundary));
    }

    [Fact]
    public async Task Two_siblings_overlapping_by_a_10_m_square_report_100_m2()
    {
        var west = await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        var overlap = Assert.Single(Single<ZoneOverlapError>(await CreateAsync(Rect(490, 0, 1000, 10))).Overlaps);
        Assert.Equal((null, west.Id, "西片"), (overlap.ZoneId, overlap.OtherId, overlap.OtherName));
        AssertArea(100, overlap.AreaM2);
    }

    [Fact]
    public async Task AllowOverlap_saves_an_overlapping_zone()
    {
        await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        Assert.Empty((await CreateAsync(Rect(490, 0, 1000, 10), new(AllowOverlap: true))).Errors);
    }

    [Fact]
    public async Task Zones_that_only_touch_do_not_overlap()
    {
        await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        Assert.Empty((await CreateAsync(Rect(500, 0, 1000, 1000))).Errors);
    }

    [Fact]
    public async Task A_stale_version_reports_the_current_one()
    {
        var zone = await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        await UpdateAsync(zone, name: "西片区");
        Assert.Equal(2, Single<VersionConflictError>(await UpdateAsync(zone, name: "又改名")).CurrentVersion);
    }

    [Fact]
    public async Task An_unknown_zone_is_not_found() =>
        Single<NotFoundError>(await Editor.UpdateZoneAsync(Town.Actor, new(-1, 1, Name: "无"), default));

    [Fact]
    public async Task An_update_bumps_the_version_and_keeps_the_old_boundary_in_history()
    {
        var zone = await Town.ZoneAsync("西片", Rect(0, 0, 500, 500));
        var updated = (await UpdateAsync(zone, Rect(0, 0, 500, 600))).Zone!;
        Assert.Equal(2, updated.Version);
        AssertArea(250_000, await Town.ScalarAsync<double>(
            "SELECT ST_Area(geom::geography) FROM zones.zone_history WHERE township_code = $1 AND zone_id = $2 AND version = 1", zone.Id));
    }

    [Fact]
    public async Task Shrinking_a_zone_away_from_its_neighbour_opens_a_gap_and_is_refused()
    {
        var west = await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        await Town.ZoneAsync("东片", Rect(500, 0, 1000, 1000));
        AssertArea(100 * 1000, Single<ZoneGapError>(await UpdateAsync(west, Rect(0, 0, 400, 1000))).AreaM2);
    }

    [Fact]
    public async Task Shrinking_a_parent_under_its_children_is_refused_for_each_child_left_outside()
    {
        var area = await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        var village = await Town.ZoneAsync("一村", Rect(0, 0, 500, 100), area.Id, ZoneLevel.Village);
        var error = Single<OutOfParentBoundsError>(await Editor.UpdateZoneAsync(Town.Actor,
            new(area.Id, 1, Rect(0, 50, 500, 1000), Options: new(AllowGap: true)), default));
        Assert.Equal((village.Id, area.Id), (error.ZoneId!.Value, error.ParentId));
        AssertArea(500 * 50, error.OutsideAreaM2);
    }

    [Fact]
    public async Task Retiring_a_zone_with_live_children_names_them()
    {
        var area = await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        await Town.ZoneAsync("一村", Rect(0, 0, 500, 100), area.Id, ZoneLevel.Village);
        var error = Single<ZoneHasChildrenError>(await Editor.DeleteZoneAsync(Town.Actor, new(area.Id, area.Version), default));
        Assert.Equal("一村", Assert.Single(error.Children).Name);
    }

    [Fact]
    public async Task Retiring_a_zone_sets_valid_to_and_ends_its_assignments()
    {
        var zone = await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        await Town.ExecAsync("INSERT INTO zones.assignment (township_code, target_kind, zone_id, unit_id, role, is_primary, valid_from) " +
                           "VALUES ($1, 'zone', $2, $3, 'leader', true, now() - interval '1 day')", zone.Id, Town.UnitA);
        var retired = (await Editor.DeleteZoneAsync(Town.Actor, new(zone.Id, zone.Version), default)).Zone!;
        Assert.Equal((ZoneStatus.Retired, true), (retired.Status, retired.ValidTo is not null));
        Assert.Equal(0L, await Town.ScalarAsync<long>("SELECT count(*) FROM zones.assignment WHERE township_code = $1 AND valid_to IS NULL"));
    }

    [Fact]
    public async Task Every_write_leaves_an_audit_row_naming_the_actor()
    {
        var zone = await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        await UpdateAsync(zone, name: "西片区");
        Assert.Equal(2, await Town.AuditRowsAsync("zone", zone.Id));
    }

    [Fact]
    public async Task A_refused_write_writes_nothing()
    {
        await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
        var before = await Town.CountsAsync();
        Single<ZoneOverlapError>(await CreateAsync(Rect(400, 0, 1000, 1000)));
        Assert.Equal(before, await Town.CountsAsync());
    }
}
