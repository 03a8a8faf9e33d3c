using NetTopologySuite.Geometries;
using Zones.Server.Data;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Inventory;
using Zones.Server.Tests.Data.Editing;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Editing.TestTownship;

namespace Zones.Server.Tests.Data.Inventory;

/// <summary>Road segment writes and their typed errors, on a hand-built township.</summary>
[Collection(EditingDatabase.Collection)]
public class RoadEditorTests(EditingDatabase db) : TownshipTests(db)
{
    RoadEditor Editor => new(Db);

    static RoadFields Road(string wkt = "LINESTRING(0 500,1000 500)", string name = "人民路") =>
        new("R001", name, RoadClass.Arterial, Local(wkt));

    Task<RoadPayload> CreateAsync(RoadFields fields) => Editor.CreateRoadAsync(Town.Actor, new(Town.Code, fields), default);

    [Fact]
    public async Task A_new_road_is_stored_and_audited_with_its_actor()
    {
        var road = (await CreateAsync(Road())).Road!;
        Assert.Equal(("R001", RoadClass.Arterial, 1), (road.Code, road.Class, road.Version));
        Assert.Equal(1, await Town.AuditRowsAsync("road", road.Id));
    }

    [Fact]
    public async Task A_duplicate_code_is_a_duplicate_error()
    {
        await CreateAsync(Road());
        Assert.Equal(("code", "R001"), Single<DuplicateError>(await CreateAsync(Road())) is var e ? (e.Field, e.Value) : default);
    }

    [Fact]
    public async Task A_polygon_is_not_a_road() =>
        Assert.Equal(["LineString"], Single<GeometryTypeError>(await CreateAsync(Road("POLYGON((0 0,1 0,1 1,0 0))"))).Expected);

    [Fact]
    public async Task A_line_of_one_repeated_point_is_invalid_geometry() =>
        Assert.Equal("line", Single<InvalidGeometryError>(await CreateAsync(Road("LINESTRING(5 5,5 5)"))).Field);

    [Fact]
    public async Task An_update_bumps_the_version_and_a_stale_one_is_refused()
    {
        var road = (await CreateAsync(Road())).Road!;
        Assert.Equal(2, (await Editor.UpdateRoadAsync(Town.Actor, new(road.Id, 1, Road(name: "人民东路")), default)).Road!.Version);
        Assert.Equal(2, Single<VersionConflictError>(await Editor.UpdateRoadAsync(Town.Actor, new(road.Id, 1, Road()), default)).CurrentVersion);
    }

    [Fact]
    public async Task An_update_that_leaves_attributes_out_keeps_the_stored_ones_and_one_that_sends_them_replaces_them()
    {
        var road = (await CreateAsync(Road() with { Attributes = new() { ["surface"] = "沥青" } })).Road!;
        var moved = (await Editor.UpdateRoadAsync(Town.Actor, new(road.Id, 1, Road("LINESTRING(0 510,1000 510)")), default)).Road!;
        Assert.Equal("沥青", (string?)moved.Attributes["surface"]);
        var replaced = (await Editor.UpdateRoadAsync(Town.Actor, new(road.Id, 2, Road() with { Attributes = new() { ["surface"] = "水泥" } }), default)).Road!;
        Assert.Equal("水泥", (string?)replaced.Attributes["surface"]);
    }

    [Fact]
    public async Task A_retired_road_keeps_its_row_and_its_audit_trail()
    {
        var road = (await CreateAsync(Road())).Road!;
        Assert.NotNull((await Editor.RetireRoadAsync(Town.Actor, new(road.Id, 1), default)).Road!.RetiredAt);
        Assert.Equal(2, await Town.AuditRowsAsync("road", road.Id));
    }

    [Fact]
    public async Task A_road_drawn_across_another_is_split_and_splits_it()
    {
        var old = (await CreateAsync(Road())).Road!;
        var payload = await CreateAsync(new("R002", "新街", RoadClass.Branch, Local("LINESTRING(500 0,500 1000)")));
        Assert.Equal("R002 新街 R002-2 新街 | R001 R001-2", string.Join(" ", payload.Roads.Select(r => $"{r.Code} {r.Name}")) +
                     " | " + string.Join(" ", payload.SplitRoads.Select(r => r.Code)));
        Assert.Equal((old.Id, 2), (payload.SplitRoads[0].Id, payload.SplitRoads[0].Version));
    }

    [Fact]
    public async Task A_road_drawn_to_end_20_cm_short_of_another_joins_it_there()
    {
        await CreateAsync(Road());
        var payload = await CreateAsync(new("R002", "支路", RoadClass.Branch, Local("LINESTRING(300 0,300 499.8)")));
        Assert.Equal((1, 2), (payload.Roads.Count, payload.SplitRoads.Count));
        Assert.True(payload.SplitRoads[0].Line.EndPoint.EqualsExact(payload.Road!.Line.EndPoint));
    }

    [Fact]
    public async Task A_road_that_crosses_itself_is_split_where_it_does() =>
        Assert.Equal(3, (await CreateAsync(new("R003", "环路", RoadClass.Village, Local("LINESTRING(100 100,300 300,300 100,100 300)")))).Roads.Count);

    // Issue #12 §2: the road graph. Degrees of the nodes the township's live roads end at, ascending.
    Task<string> DegreesAsync() => Db.ScalarAsync<string>($"""
        SELECT coalesce(string_agg(n.degree::text, ',' ORDER BY n.degree), '') FROM zones.road_node n
        WHERE n.id IN (SELECT source FROM zones.road WHERE township_code = '{Town.Code}' UNION SELECT target FROM zones.road WHERE township_code = '{Town.Code}')
        """);

    [Fact]
    public async Task A_line_moved_across_another_road_is_split_and_splits_it_and_the_crossing_becomes_a_degree_4_node()
    {
        await CreateAsync(Road());
        var side = (await CreateAsync(new("R002", "新街", RoadClass.Branch, Local("LINESTRING(200 0,200 300)")))).Road!;
        Assert.Equal("1,1,1,1", await DegreesAsync());
        var payload = await Editor.UpdateRoadAsync(Town.Actor, new(side.Id, 1, new("R002", "新街", RoadClass.Branch, Local("LINESTRING(500 0,500 1000)"))), default);
        Assert.Equal("R002 R002-2 | R001 R001-2", string.Join(" ", payload.Roads.Select(r => r.Code)) + " | " +
                     string.Join(" ", payload.SplitRoads.Select(r => r.Code)));
        Assert.Equal((side.Id, "1,1,1,1,4"), (payload.Road!.Id, await DegreesAsync()));
    }

    [Fact]
    public async Task Retiring_a_segment_lowers_its_junction_degree_and_drops_its_lone_end_node()
    {
        await CreateAsync(Road());
        var pieces = (await CreateAsync(new("R002", "新街", RoadClass.Branch, Local("LINESTRING(500 0,500 1000)")))).Roads;
        await Editor.RetireRoadAsync(Town.Actor, new(pieces[1].Id, pieces[1].Version), default);
        Assert.Equal("1,1,1,3", await DegreesAsync());
        Assert.Equal(0L, await Db.ScalarAsync<long>($"SELECT count(*) FROM zones.road WHERE id = {pieces[1].Id} AND source IS NOT NULL"));
    }

    [Fact]
    public async Task Deleting_and_reshaping_roads_keeps_every_degree_equal_to_the_segment_ends_there()
    {
        await CreateAsync(Road());
        await CreateAsync(new("R002", "新街", RoadClass.Branch, Local("LINESTRING(500 0,500 1000)")));
        await Db.ScalarAsync<int>($"WITH d AS (DELETE FROM zones.road WHERE township_code = '{Town.Code}' AND code = 'R002-2' RETURNING 1) SELECT count(*)::int FROM d");
        Assert.Equal(0L, await Db.ScalarAsync<long>("""
            SELECT count(*) FROM zones.road_node n
            WHERE n.degree <> (SELECT count(*) FROM zones.road r WHERE r.source = n.id) + (SELECT count(*) FROM zones.road r WHERE r.target = n.id)
            """));
        Assert.Equal("1,1,1,3", await DegreesAsync());
    }
}
