using System.Text.Json;
namespace Zones.Server.Tests.Schema.Mutations;

/// <summary>Asset and road mutations in the hand-built township.</summary>
[Collection(MutationDatabase.Collection)]
public class InventoryMutationTests(MutationDatabase db) : MutationTest(db)
{
    string AssetInput(string identifier, string status = "GOOD") =>
        $"kind: BIN, classCode: \"0305\", identifier: \"{identifier}\", status: {status}, location: {{ wkt: \"{Wkt("POINT(500 500)")}\" }}";

    string RoadInput(string code, string name = "测试路") =>
        $"code: \"{code}\", name: \"{name}\", class: BRANCH, line: {{ wkt: \"{Wkt("LINESTRING(0 500, 1000 500)")}\" }}";

    [Fact]
    public async Task Assets_are_created_updated_and_retired_and_a_stale_update_is_refused()
    {
        var asset = Ok(await MutateAsync("createAsset", $"townshipCode: \"{Town.Code}\", {AssetInput("T-0001")}", "asset { id kind version }", Planner), "asset");
        Assert.Equal("BIN", asset.GetProperty("kind").GetString());
        var updated = Ok(await MutateAsync("updateAsset", $"id: {Id(asset)}, expectedVersion: 1, {AssetInput("T-0001", "DAMAGED")}", "asset { status version }", Planner), "asset");
        Assert.Equal("DAMAGED", updated.GetProperty("status").GetString());
        var stale = Error(await MutateAsync("updateAsset", $"id: {Id(asset)}, expectedVersion: 1, {AssetInput("T-0001")}", "asset { id }", Planner, "... on VersionConflictError { currentVersion }"), "VersionConflictError");
        Assert.Equal(2, stale.GetProperty("currentVersion").GetInt32());
        Ok(await MutateAsync("retireAsset", $"id: {Id(asset)}, expectedVersion: 2", "asset { id }", Planner), "asset");
    }

    [Fact]
    public async Task An_asset_located_by_a_line_is_a_geometry_type_error()
    {
        var input = $"townshipCode: \"{Town.Code}\", kind: BIN, classCode: \"0305\", identifier: \"T-0002\", location: {{ wkt: \"{Wkt("LINESTRING(0 0, 10 10)")}\" }}";
        Error(await MutateAsync("createAsset", input, "asset { id }", Planner, "... on GeometryTypeError { expected actual }"), "GeometryTypeError");
    }

    [Fact]
    public async Task Roads_are_created_updated_and_retired_and_a_taken_code_is_a_duplicate()
    {
        var road = Ok(await MutateAsync("createRoad", $"townshipCode: \"{Town.Code}\", {RoadInput("R1")}", "road { id name }", Planner), "road");
        var duplicate = Error(await MutateAsync("createRoad", $"townshipCode: \"{Town.Code}\", {RoadInput("R1")}", "road { id }", Planner, "... on DuplicateError { field value }"), "DuplicateError");
        Assert.Equal("R1", duplicate.GetProperty("value").GetString());
        Assert.Equal("新路", Ok(await MutateAsync("updateRoad", $"id: {Id(road)}, expectedVersion: 1, {RoadInput("R1", "新路")}", "road { name }", Planner), "road").GetProperty("name").GetString());
        Ok(await MutateAsync("retireRoad", $"id: {Id(road)}, expectedVersion: 2", "road { id }", Planner), "road");
        Error(await MutateAsync("retireRoad", $"id: {Id(road)}, expectedVersion: 2", "road { id }", Viewer), "ForbiddenError");
    }

    [Fact]
    public async Task A_road_drawn_across_another_answers_all_its_segments_and_the_road_it_split()
    {
        string Line(string code, string wkt) => $"townshipCode: \"{Town.Code}\", code: \"{code}\", name: \"横街\", class: BRANCH, line: {{ wkt: \"{Wkt(wkt)}\" }}";
        Ok(await MutateAsync("createRoad", Line("N1", "LINESTRING(0 200, 400 200)"), "road { id }", Planner), "road");
        var payload = await MutateAsync("createRoad", Line("N2", "LINESTRING(200 100, 200 300)"), "road { code } roads { code } splitRoads { code }", Planner);
        Assert.Equal("N2 | N2 N2-2 | N1 N1-2", $"{payload.GetProperty("road").GetProperty("code")} | " +
            string.Join(" ", payload.GetProperty("roads").EnumerateArray().Select(r => r.GetProperty("code").GetString())) + " | " +
            string.Join(" ", payload.GetProperty("splitRoads").EnumerateArray().Select(r => r.GetProperty("code").GetString())));
    }
}
