using System.Text.Json;
using Zones.Server.Tests.Data.Editing;

namespace Zones.Server.Tests.Schema.Mutations;

/// <summary>Zone mutations on a hand-built 1 km township: each success path and each typed error.</summary>
[Collection(MutationDatabase.Collection)]
public class ZoneMutationTests(MutationDatabase db) : MutationTest(db)
{
    const string ZoneOut = "zone { id name version status areaM2 boundary { bbox } }";

    string CreateInput(string boundary, string extra = "") => $"parentId: {Town.RootId}, level: AREA, name: \"东片区\", boundary: {{ {boundary} }} {extra}";

    Task<JsonElement> CreateAsync(string boundary, string extra = "", string errors = "") =>
        MutateAsync("createZone", CreateInput(boundary, extra), ZoneOut, Planner, errors);

    Task<JsonElement> BoundaryAsync(long id, int version, string wkt, string errors = "") =>
        MutateAsync("updateZoneBoundary", $"id: {id}, expectedVersion: {version}, boundary: {{ wkt: \"{wkt}\" }}", ZoneOut, Planner, errors);

    [Fact]
    public async Task CreateZone_stores_the_boundary_under_its_parent()
    {
        var zone = Ok(await CreateAsync($"wkt: \"{Rect(0, 0, 500, 1000)}\""), "zone");
        Assert.Equal("东片区", zone.GetProperty("name").GetString());
        TestTownship.AssertArea(500_000, zone.GetProperty("areaM2").GetDouble());
    }

    [Fact]
    public async Task A_gauss_krueger_boundary_lands_where_the_local_one_would()
    {
        var gk = "POLYGON((40500100 3320100, 40500300 3320100, 40500300 3320300, 40500100 3320300, 40500100 3320100))";
        var zone = Ok(await CreateAsync($"wkt: \"{gk}\"", ", crs: \"EPSG:4528\""), "zone");
        var expected = TestTownship.Rect(100, 100, 300, 300).EnvelopeInternal;
        var bbox = zone.GetProperty("boundary").GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal([expected.MinX, expected.MinY, expected.MaxX, expected.MaxY], bbox, (a, b) => Math.Abs(a - b) < 1e-6);
        TestTownship.AssertArea(40_000, zone.GetProperty("areaM2").GetDouble());
    }

    [Fact]
    public async Task A_bow_tie_is_an_invalid_geometry_error_with_its_location_and_nothing_is_written()
    {
        var before = await Town.CountsAsync();
        var error = Error(await CreateAsync($"wkt: \"{Wkt("POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))")}\"", errors: "... on InvalidGeometryError { reason location { lon lat } }"), "InvalidGeometryError");
        Assert.Equal("Self-intersection", error.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Number, error.GetProperty("location").GetProperty("lon").ValueKind);
        Assert.Equal(before, await Town.CountsAsync());
    }

    [Fact]
    public async Task A_point_boundary_is_a_geometry_type_error()
    {
        var error = Error(await CreateAsync("point: { lon: 120.001, lat: 30.001 }", errors: "... on GeometryTypeError { expected actual }"), "GeometryTypeError");
        Assert.Equal("Point", error.GetProperty("actual").GetString());
    }

    [Fact]
    public async Task An_overlap_with_a_sibling_is_reported_with_its_area_and_nothing_is_written()
    {
        var west = await Town.ZoneAsync("西片区", TestTownship.Rect(0, 0, 500, 1000));
        var before = await Town.CountsAsync();
        var error = Error(await CreateAsync($"wkt: \"{Rect(400, 0, 1000, 1000)}\"", errors: "... on ZoneOverlapError { overlaps { other { id } areaM2 } }"), "ZoneOverlapError");
        var overlap = Assert.Single(error.GetProperty("overlaps").EnumerateArray());
        Assert.Equal(west.Id, Id(overlap.GetProperty("other")));
        TestTownship.AssertArea(100_000, overlap.GetProperty("areaM2").GetDouble());
        Assert.Equal(before, await Town.CountsAsync());
    }

    [Fact]
    public async Task A_zone_beyond_its_parent_is_out_of_parent_bounds()
    {
        var error = Error(await CreateAsync($"wkt: \"{Rect(900, 0, 1100, 100)}\"", errors: "... on OutOfParentBoundsError { parent { id } outsideAreaM2 }"), "OutOfParentBoundsError");
        Assert.Equal(Town.RootId, Id(error.GetProperty("parent")));
        TestTownship.AssertArea(10_000, error.GetProperty("outsideAreaM2").GetDouble());
    }

    [Fact]
    public async Task A_viewer_gets_a_forbidden_error_naming_the_role()
    {
        var input = CreateInput($"wkt: \"{Rect(0, 0, 100, 100)}\"");
        Assert.Contains("planner", Error(await MutateAsync("createZone", input, ZoneOut, Viewer), "ForbiddenError").GetProperty("message").GetString());
        Assert.Contains("登录", Error(await MutateAsync("createZone", input, ZoneOut, null), "ForbiddenError").GetProperty("message").GetString());
    }

    [Fact]
    public async Task UpdateZoneBoundary_saves_and_a_stale_version_is_a_version_conflict()
    {
        var zone = await Town.ZoneAsync("西片区", TestTownship.Rect(0, 0, 500, 1000));
        var saved = Ok(await BoundaryAsync(zone.Id, 1, Rect(0, 0, 600, 1000)), "zone");
        Assert.Equal(2, saved.GetProperty("version").GetInt32());
        var error = Error(await BoundaryAsync(zone.Id, 1, Rect(0, 0, 700, 1000), "... on VersionConflictError { currentVersion }"), "VersionConflictError");
        Assert.Equal(2, error.GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task UpdateZone_renames_and_deleteZone_retires()
    {
        var zone = await Town.ZoneAsync("西片区", TestTownship.Rect(0, 0, 500, 1000));
        Assert.Equal("新名", Ok(await MutateAsync("updateZone", $"id: {zone.Id}, expectedVersion: 1, name: \"新名\"", ZoneOut, Planner), "zone").GetProperty("name").GetString());
        Assert.Equal("RETIRED", Ok(await MutateAsync("deleteZone", $"id: {zone.Id}, expectedVersion: 2", ZoneOut, Planner), "zone").GetProperty("status").GetString());
    }

    [Fact]
    public async Task DeleteZone_refuses_a_zone_with_children()
    {
        var zone = await Town.ZoneAsync("西片区", TestTownship.Rect(0, 0, 500, 1000));
        var error = Error(await MutateAsync("deleteZone", $"id: {Town.RootId}, expectedVersion: 1", ZoneOut, Planner, "... on ZoneHasChildrenError { children { id } }"), "ZoneHasChildrenError");
        Assert.Equal(zone.Id, Id(error.GetProperty("children")[0]));
    }

    [Fact]
    public async Task UpdateZoneBoundaries_moves_a_shared_edge_in_one_transaction()
    {
        var (west, east) = (await Town.ZoneAsync("西", TestTownship.Rect(0, 0, 500, 1000)), await Town.ZoneAsync("东", TestTownship.Rect(500, 0, 1000, 1000)));
        var edits = $"{{ id: {west.Id}, expectedVersion: 1, boundary: {{ wkt: \"{Rect(0, 0, 600, 1000)}\" }} }}, {{ id: {east.Id}, expectedVersion: 1, boundary: {{ wkt: \"{Rect(600, 0, 1000, 1000)}\" }} }}";
        var zones = Ok(await MutateAsync("updateZoneBoundaries", $"edits: [{edits}]", "zones { id version areaM2 }", Planner), "zones");
        TestTownship.AssertArea(600_000, zones[0].GetProperty("areaM2").GetDouble());
        TestTownship.AssertArea(400_000, zones[1].GetProperty("areaM2").GetDouble());
    }

    [Fact]
    public async Task SplitZone_cuts_along_the_blade_and_mergeZones_joins_the_parts_again()
    {
        var zone = await Town.ZoneAsync("整片", TestTownship.Rect(0, 0, 1000, 1000));
        var blade = Wkt("LINESTRING(500 -10, 500 1010)");
        var parts = Ok(await MutateAsync("splitZone", $"id: {zone.Id}, expectedVersion: 1, blade: {{ wkt: \"{blade}\" }}, parts: [{{ name: \"西\" }}, {{ name: \"东\" }}]",
                                         "parts { id name version } movedChildren { child { id } }", Planner), "parts");
        Assert.Equal(["西", "东"], parts.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var merge = $"zones: [{{ id: {Id(parts[0])}, expectedVersion: 1 }}, {{ id: {Id(parts[1])}, expectedVersion: 1 }}], name: \"合并\"";
        var merged = await MutateAsync("mergeZones", merge, "zone { name areaM2 } retired { id }", Planner);
        TestTownship.AssertArea(1_000_000, Ok(merged, "zone").GetProperty("areaM2").GetDouble());
        Assert.Equal(Id(parts[1]), Id(merged.GetProperty("retired")[0]));
    }

    [Fact]
    public async Task Shrinking_one_neighbour_alone_leaves_a_gap_error()
    {
        var (west, _) = (await Town.ZoneAsync("西", TestTownship.Rect(0, 0, 500, 1000)), await Town.ZoneAsync("东", TestTownship.Rect(500, 0, 1000, 1000)));
        var error = Error(await BoundaryAsync(west.Id, 1, Rect(0, 0, 400, 1000), "... on ZoneGapError { areaM2 gap { kind } }"), "ZoneGapError");
        TestTownship.AssertArea(100_000, error.GetProperty("areaM2").GetDouble());
    }

    [Fact]
    public async Task A_boundary_can_reuse_a_stored_zone_by_its_id()
    {
        var area = await Town.ZoneAsync("西片区", TestTownship.Rect(0, 0, 500, 1000));
        var input = $"parentId: {area.Id}, level: VILLAGE, name: \"西村\", boundary: {{ zoneId: {area.Id} }}";
        TestTownship.AssertArea(500_000, Ok(await MutateAsync("createZone", input, ZoneOut, Planner), "zone").GetProperty("areaM2").GetDouble());
    }
}
