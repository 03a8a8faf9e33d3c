using Zones.Server.Data;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Inventory;
using Zones.Server.Tests.Data.Editing;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Editing.TestTownship;

namespace Zones.Server.Tests.Data.Inventory;

/// <summary>updateRoads (issue #13 §3): a junction moved on the map moves every road that meets there, all or nothing.</summary>
[Collection(EditingDatabase.Collection)]
public class RoadEditorTogetherTests(EditingDatabase db) : TownshipTests(db)
{
    RoadEditor Editor => new(Db);

    static RoadFields Road(string code, string wkt) => new(code, "测试路", RoadClass.Village, Local(wkt));

    async Task<RoadRecord> CreateAsync(string code, string wkt) =>
        (await Editor.CreateRoadAsync(Town.Actor, new(Town.Code, Road(code, wkt)), default)).Road!;

    Task<RoadPayload> MoveAsync(params (RoadRecord Road, string Wkt)[] edits) =>
        Editor.UpdateRoadsAsync(Town.Actor, edits.Select(e => new UpdateRoadInput(e.Road.Id, e.Road.Version, Road(e.Road.Code, e.Wkt))).ToList(), default);

    // The road graph's nodes of a segment's ends (migration 0016).
    Task<string> NodesAsync(long id) => Db.ScalarAsync<string>($"SELECT source || ',' || target FROM zones.road WHERE id = {id}");

    Task<long> NodeCountAsync() => Db.ScalarAsync<long>($"""
        SELECT count(DISTINCT n) FROM zones.road r, LATERAL (VALUES (r.source), (r.target)) v (n) WHERE r.township_code = '{Town.Code}'
        """);

    [Fact]
    public async Task Two_roads_whose_shared_end_moves_together_still_share_one_node_there()
    {
        var west = await CreateAsync("R1", "LINESTRING(100 500,500 500)");
        var east = await CreateAsync("R2", "LINESTRING(500 500,900 500)");
        var payload = await MoveAsync((west, "LINESTRING(100 500,520 560)"), (east, "LINESTRING(520 560,900 500)"));
        Assert.Empty(payload.Errors);
        Assert.Equal((await NodesAsync(west.Id)).Split(',')[1], (await NodesAsync(east.Id)).Split(',')[0]);
        Assert.Equal((3L, 2), (await NodeCountAsync(), payload.Roads.Count));
        Assert.True(payload.Roads[0].Line.EndPoint.EqualsExact(payload.Roads[1].Line.StartPoint));
    }

    [Fact]
    public async Task A_stale_version_of_one_road_writes_none_of_them()
    {
        var west = await CreateAsync("R1", "LINESTRING(100 500,500 500)");
        var east = await CreateAsync("R2", "LINESTRING(500 500,900 500)");
        var payload = await MoveAsync((west, "LINESTRING(100 500,520 560)"), (east with { Version = 7 }, "LINESTRING(520 560,900 500)"));
        Assert.Equal(1, Single<VersionConflictError>(payload).CurrentVersion);
        Assert.Equal(1, await Db.ScalarAsync<int>($"SELECT version FROM zones.road WHERE id = {west.Id}"));
    }

    [Fact]
    public async Task A_junction_moved_onto_a_third_road_splits_that_road_there()
    {
        var west = await CreateAsync("R1", "LINESTRING(100 500,500 500)");
        var east = await CreateAsync("R2", "LINESTRING(500 500,900 500)");
        await CreateAsync("R3", "LINESTRING(300 700,700 700)");
        var payload = await MoveAsync((west, "LINESTRING(100 500,500 700)"), (east, "LINESTRING(500 700,900 500)"));
        Assert.Equal(["R3", "R3-2"], payload.SplitRoads.Select(r => r.Code));
        Assert.Equal(4, await Db.ScalarAsync<int>($"SELECT degree FROM zones.road_node n JOIN zones.road r ON r.target = n.id WHERE r.id = {west.Id}"));
    }

    [Fact]
    public async Task The_same_road_twice_is_refused_before_anything_is_read() =>
        Assert.Equal("roads", Single<InvalidInputError>(await MoveAsync(
            (new RoadRecord(1, "", "R1", "", RoadClass.Village, null!, [], 1, default, default, null), "LINESTRING(0 0,1 1)"),
            (new RoadRecord(1, "", "R1", "", RoadClass.Village, null!, [], 1, default, default, null), "LINESTRING(0 0,1 1)"))).Field);
}
