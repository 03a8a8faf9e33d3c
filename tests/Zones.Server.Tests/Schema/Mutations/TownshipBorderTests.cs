using System.Net;
using System.Text.Json;
using Npgsql;
using Zones.Server.Data;
using Zones.Server.Data.Auth;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema.Mutations;

/// <summary>
/// Issue #10 §1 (writes) and §2: the demo's 桑溪镇 and the non-public <see cref="SecondTownship"/>
/// (西苑镇) east of it, the second township of every isolation test. Actors of the demo township may
/// not write the neighbour's rows (ForbiddenError naming it, nothing written), a county actor may write
/// both, and no row may lie outside its township (InvalidInputError saying where the point is and
/// whose land that is).
/// </summary>
[Collection(MutationDatabase.Collection)]
public class TownshipBorderTests(MutationDatabase db) : MutationTest(db)
{
    const string Demo = "330522125000", Neighbour = SecondTownship.Code;
    const string InNeighbour = "POINT(119.9 31.03)", InDemo = "POINT(119.805 31.035)";

    static readonly Actor DemoPlanner = new("demo-planner", Roles.Planner, Scope: ActorScope.Township(Demo));
    static readonly Actor CountyPlanner = new("county-planner", Roles.Planner, Scope: ActorScope.County(SecondTownship.County));
    static readonly Actor DemoHotline = new("apikey:demo", Roles.Hotline, Scope: ActorScope.Township(Demo));

    long _neighbourZone, _neighbourArea, _neighbourUnit;
    int _areaVersion;

    // Everything a refused write could have touched: the neighbour's rows, and the audit log of both townships.
    const string CountsSql = $"""
        SELECT format('zone=%s history=%s asset=%s road=%s assignment=%s complaint=%s audit=%s',
          (SELECT count(*) FROM zones.zone WHERE township_code = '{Neighbour}'),
          (SELECT count(*) FROM zones.zone_history WHERE township_code = '{Neighbour}'),
          (SELECT count(*) FROM zones.asset WHERE township_code IN ('{Demo}', '{Neighbour}')),
          (SELECT count(*) FROM zones.road WHERE township_code = '{Neighbour}'),
          (SELECT count(*) FROM zones.assignment WHERE township_code = '{Neighbour}'),
          (SELECT count(*) FROM zones.complaint WHERE township_code IN ('{Demo}', '{Neighbour}')),
          (SELECT count(*) FROM zones.audit_log WHERE township_code IN ('{Demo}', '{Neighbour}')))
        """;

    // The assets the tests create, in either township: each test starts from the same rows.
    const string RemoveTestAssetsSql = "DELETE FROM zones.asset WHERE identifier LIKE 'WS-%'";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var neighbour = await Db.SecondTownshipAsync();
        (_neighbourZone, _neighbourArea, _neighbourUnit) = (neighbour.BoundaryZoneId, neighbour.AreaZoneId, neighbour.UnitId);
        // The neighbour lives as long as the database: the county planner's test moves its area zone on.
        _areaVersion = await Db.ScalarAsync<int>($"SELECT version FROM zones.zone WHERE id = {_neighbourArea}");
    }

    public override async Task DisposeAsync()
    {
        await using (var cmd = Db.DataSource.CreateCommand(RemoveTestAssetsSql))
            await cmd.ExecuteNonQueryAsync();
        await base.DisposeAsync();
    }

    Task<string> CountsAsync() => Db.ScalarAsync<string>(CountsSql);

    static string Asset(string township, string identifier, string at) =>
        $"townshipCode: \"{township}\", kind: BIN, classCode: \"0305\", identifier: \"{identifier}\", location: {{ wkt: \"{at}\" }}";

    static string Report(string at) =>
        $"location: {{ wkt: \"{at}\" }}, categoryKind: \"event\", categoryCode: \"0102\", source: HOTLINE_12345, description: \"路边有暴露垃圾\"";

    /// <summary>The payload's only error is a ForbiddenError naming the neighbour by name and code.</summary>
    static void RefusedNamingNeighbour(JsonElement payload)
    {
        var message = Error(payload, "ForbiddenError").GetProperty("message").GetString()!;
        Assert.Contains("“西苑镇”（330522200000）不在您的管辖范围", message);
        Assert.Contains("Township 西苑镇 (330522200000) is outside your scope", message);
    }

    [Fact]
    public async Task A_planner_of_the_demo_township_cannot_create_in_the_neighbour_and_nothing_is_written()
    {
        var before = await CountsAsync();
        RefusedNamingNeighbour(await MutateAsync("createAsset", Asset(Neighbour, "WS-0001", InNeighbour), "asset { id }", DemoPlanner));
        RefusedNamingNeighbour(await MutateAsync("createRoad",
            $"townshipCode: \"{Neighbour}\", code: \"XY-R1\", name: \"西苑路\", class: BRANCH, line: {{ wkt: \"LINESTRING(119.89 31.03, 119.91 31.03)\" }}",
            "road { id }", DemoPlanner));
        RefusedNamingNeighbour(await MutateAsync("createZone",
            $"parentId: {_neighbourZone}, level: AREA, name: \"南片\", code: \"330522200002\", boundary: {{ wkt: \"POLYGON((119.90 31.001,119.905 31.001,119.905 31.004,119.90 31.004,119.90 31.001))\" }}",
            "zone { id }", DemoPlanner));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_planner_of_the_demo_township_cannot_edit_delete_or_assign_in_the_neighbour_and_nothing_is_written()
    {
        var before = await CountsAsync();
        RefusedNamingNeighbour(await MutateAsync("updateZone", $"id: {_neighbourArea}, expectedVersion: {_areaVersion}, name: \"改名\"", "zone { id }", DemoPlanner));
        RefusedNamingNeighbour(await MutateAsync("deleteZone", $"id: {_neighbourArea}, expectedVersion: {_areaVersion}", "zone { id }", DemoPlanner));
        RefusedNamingNeighbour(await MutateAsync("assignOwner",
            $"targetKind: ZONE, targetId: {_neighbourArea}, owner: {{ unitId: {_neighbourUnit} }}, role: RESPONSIBLE_UNIT, isPrimary: true",
            "assignment { id }", DemoPlanner));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_unit_of_the_neighbour_assigned_in_the_demo_is_answered_as_missing_without_naming_the_neighbour()
    {
        var demoZone = await Db.ScalarAsync<long>($"SELECT id FROM zones.zone WHERE township_code = '{Demo}' AND level = 'area' LIMIT 1");
        var message = Error(await MutateAsync("assignOwner",
            $"targetKind: ZONE, targetId: {demoZone}, owner: {{ unitId: {_neighbourUnit} }}, role: RESPONSIBLE_UNIT, isPrimary: false",
            "assignment { id }", DemoPlanner), "NotFoundError").GetProperty("message").GetString()!;
        Assert.DoesNotContain(Neighbour, message);
        Assert.DoesNotContain("西苑镇", message);
    }

    [Fact]
    public async Task The_database_refuses_a_write_outside_the_scope_even_when_the_writer_did_not_ask()
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Db.DataSource.InTransactionAsync(DemoPlanner, async (conn, tx) =>
        {
            await using var cmd = new NpgsqlCommand($"UPDATE zones.zone SET name = '改名' WHERE code = '{Neighbour}001'", conn, tx);
            return await cmd.ExecuteNonQueryAsync();
        }, null, default));
        Assert.Equal("ZN403", refused.SqlState);
        Assert.Contains("西苑镇", refused.MessageText);
    }

    [Fact]
    public async Task The_same_planner_writes_inside_its_own_township_and_a_county_planner_writes_in_both()
    {
        Ok(await MutateAsync("createAsset", Asset(Demo, "WS-0002", InDemo), "asset { id }", DemoPlanner), "asset");
        Ok(await MutateAsync("createAsset", Asset(Demo, "WS-0003", InDemo), "asset { id }", CountyPlanner), "asset");
        Ok(await MutateAsync("createAsset", Asset(Neighbour, "WS-0004", InNeighbour), "asset { id }", CountyPlanner), "asset");
        Ok(await MutateAsync("updateZone", $"id: {_neighbourArea}, expectedVersion: {_areaVersion}, name: \"西苑东片区\"", "zone { id }", CountyPlanner), "zone");
    }

    [Fact]
    public async Task A_hotline_key_or_a_cadre_of_the_demo_township_cannot_report_a_case_in_the_neighbour()
    {
        var before = await CountsAsync();
        var cadre = new Actor("demo-cadre", Roles.Cadre, PersonId: 1, Scope: ActorScope.Township(Demo));
        RefusedNamingNeighbour(await MutateAsync("reportComplaint", Report(InNeighbour), "complaint { id }", DemoHotline));
        RefusedNamingNeighbour(await MutateAsync("reportComplaint", Report(InNeighbour), "complaint { id }", cadre));
        Assert.Equal(before, await CountsAsync());
        Ok(await MutateAsync("reportComplaint", Report(InDemo), "complaint { id }", DemoHotline), "complaint");
    }

    [Fact]
    public async Task An_open311_request_of_a_demo_key_in_the_neighbour_is_forbidden()
    {
        await new UserStore(Db.DataSource).CreateApiKeyAsync(Demo, "边界测试热线", "border-test-hotline-key", Roles.Hotline, default);
        var before = await CountsAsync();
        using var response = await Db.App.CreateClient().PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = "border-test-hotline-key", ["service_code"] = "E0102", ["lat"] = "31.03", ["long"] = "119.9", ["description"] = "暴露垃圾",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("“西苑镇”（330522200000）不在您的管辖范围", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task An_asset_at_zero_zero_is_refused_saying_it_lies_in_no_township()
    {
        var before = await CountsAsync();
        var error = Error(await MutateAsync("createAsset", Asset(Demo, "WS-0005", "POINT(0 0)"), "asset { id }", DemoPlanner), "InvalidInputError");
        var message = error.GetProperty("message").GetString()!;
        Assert.Contains("部件的位置 (0.000000, 0.000000) 不在任何已登记乡镇的范围内，超出“桑溪镇”（330522125000）的边界", message);
        Assert.Contains("The asset at (0.000000, 0.000000) lies in no registered township", message);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task An_asset_inside_the_neighbour_is_refused_naming_whose_land_it_is()
    {
        var before = await CountsAsync();
        var error = Error(await MutateAsync("createAsset", Asset(Demo, "WS-0006", InNeighbour), "asset { id }", DemoPlanner), "InvalidInputError");
        var message = error.GetProperty("message").GetString()!;
        Assert.Contains("部件的位置 (119.900000, 31.030000) 位于“西苑镇”（330522200000）境内，超出“桑溪镇”（330522125000）的边界", message);
        Assert.Contains("lies in township 西苑镇 (330522200000), outside the boundary of 桑溪镇 (330522125000)", message);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Moving_an_asset_of_the_township_into_the_neighbour_is_refused()
    {
        var asset = Id(Ok(await MutateAsync("createAsset", Asset(Demo, "WS-0007", InDemo), "asset { id }", DemoPlanner), "asset"));
        var moved = $"id: {asset}, expectedVersion: 1, kind: BIN, classCode: \"0305\", identifier: \"WS-0007\", location: {{ wkt: \"{InNeighbour}\" }}";
        var error = Error(await MutateAsync("updateAsset", moved, "asset { id }", DemoPlanner), "InvalidInputError");
        Assert.Contains("位于“西苑镇”（330522200000）境内", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(25, false)]
    public async Task A_point_just_outside_the_boundary_is_accepted_within_5_m(double metresEast, bool accepted)
    {
        // East of the demo boundary's easternmost vertex, where its edge runs north–south.
        var lies = await Db.ScalarAsync<bool>(FormattableString.Invariant($"""
            SELECT zones.lies_in_township('330522125000',
              ST_Project('SRID=4326;POINT(119.8537451 31.0335342)'::geography, {metresEast}, radians(90))::geometry)
            """));
        Assert.Equal(accepted, lies);
    }

    [Fact]
    public async Task An_import_lists_every_row_outside_the_township_and_an_import_into_the_neighbour_is_forbidden()
    {
        const string Report = "report { written succeeded problems { row code message messageEn } }";
        var csv = "编号,类型,经度,纬度\nWS-0101,垃圾箱,119.805,31.035\nWS-0102,垃圾箱,119.9,31.03\nWS-0103,垃圾箱,119.91,31.035\n";
        string Input(string township, bool dryRun) => $"target: ASSETS, townshipCode: \"{township}\", content: {JsonSerializer.Serialize(csv)}, dryRun: {(dryRun ? "true" : "false")}";
        var report = Ok(await MutateAsync("importFeatures", Input(Demo, false), Report, DemoPlanner), "report");
        Assert.Equal([3, 4], report.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("row").GetInt32()));
        Assert.All(report.GetProperty("problems").EnumerateArray(), p => Assert.Contains("位于“西苑镇”", p.GetProperty("message").GetString()));
        foreach (var dryRun in new[] { true, false })
        {
            var problem = Assert.Single(Ok(await MutateAsync("importFeatures", Input(Neighbour, dryRun), Report, DemoPlanner), "report").GetProperty("problems").EnumerateArray());
            Assert.Equal(("FORBIDDEN", true), (problem.GetProperty("code").GetString(), problem.GetProperty("message").GetString()!.Contains("“西苑镇”（330522200000）不在您的管辖范围")));
        }
    }
}
