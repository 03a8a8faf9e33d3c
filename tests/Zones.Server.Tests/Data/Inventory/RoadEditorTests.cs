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
}
