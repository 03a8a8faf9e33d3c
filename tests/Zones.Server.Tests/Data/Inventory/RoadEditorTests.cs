using NetTopologySuite.Geometries;
using Zones.Server.Data;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Inventory;
using Zones.Server.Tests.Data.Editing;
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
}
