using Zones.Server.Data.Transfer;

namespace Zones.Server.Tests.Data.Transfer;

/// <summary>
/// Road import nodes the lines (issue #11 §5): segments run from junction to junction, with each
/// other and with the township's roads (R001 人民路 along 31.035 from 119.800 to 119.810).
/// At 31° north 1e-5° of latitude is 1.11 m.
/// </summary>
[Collection(TransferCollection.Name)]
public class ImportRoadNetworkTests(TransferDatabase db) : TransferTests(db)
{
    Task<ImportReport> RoadsAsync(string csvRows, bool dryRun = false) =>
        Db.ImportAsync(TransferTarget.Roads, "code,name,class,wkt\n" + csvRows, r => r with { DryRun = dryRun });

    Task<string> RoadsMatchingAsync(string pattern) => Db.ScalarAsync<string>($"""
        SELECT string_agg(code || ' ' || name || ' ' || round(ST_Length(geom::geography))::int, ', ' ORDER BY code)
        FROM zones.road WHERE code ~ '{pattern}'
        """);

    static string Segments(ImportReport report) =>
        string.Join(", ", report.Segments.Select(s => $"{s.Row}:{s.Code}×{s.Pieces}"));

    [Fact]
    public async Task Two_crossing_lines_become_four_segments_that_keep_their_names()
    {
        var report = await RoadsAsync("A,东西路,branch,\"LINESTRING(119.801 31.030, 119.803 31.030)\"\n" +
                                      "B,南北路,branch,\"LINESTRING(119.802 31.029, 119.802 31.031)\"");
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal(("2:A×2, 3:B×2", 4), (Segments(report), report.Written));
        Assert.Equal("A 东西路 95, A-2 东西路 95, B 南北路 111, B-2 南北路 111", await RoadsMatchingAsync("^[A-C]"));
    }

    // Issue #12 §2: OSM-like ways, crossing without a shared vertex, become a graph: a degree-4 node at
    // the crossing, a degree-3 node where a way ends on another, degree 1 at the loose ends.
    [Fact]
    public async Task Unsplit_crossing_ways_become_segments_of_a_graph_with_the_right_node_degrees()
    {
        var report = await RoadsAsync("A,东西路,branch,\"LINESTRING(119.801 31.030, 119.803 31.030)\"\n" +
                                      "B,南北路,branch,\"LINESTRING(119.802 31.029, 119.802 31.031)\"\n" +
                                      "C,丁字路,village,\"LINESTRING(119.8015 31.030, 119.8015 31.029)\"");
        Assert.Equal(("2:A×3, 3:B×2, 4:C×1", 6), (Segments(report), report.Written));
        Assert.Equal("1,1,1,1,1,3,4", await Db.ScalarAsync<string>("""
            SELECT string_agg(n.degree::text, ',' ORDER BY n.degree) FROM zones.road_node n
            WHERE n.id IN (SELECT source FROM zones.road WHERE code ~ '^[A-C]' UNION SELECT target FROM zones.road WHERE code ~ '^[A-C]')
            """));
    }

    [Fact]
    public async Task A_line_ending_on_another_splits_that_one_only()
    {
        var report = await RoadsAsync("A,东西路,branch,\"LINESTRING(119.801 31.030, 119.803 31.030)\"\n" +
                                      "C,丁字路,village,\"LINESTRING(119.8015 31.030, 119.8015 31.029)\"");
        Assert.Equal("2:A×2, 3:C×1", Segments(report));
        Assert.Equal("A 东西路 48, A-2 东西路 143, C 丁字路 111", await RoadsMatchingAsync("^[A-C]"));
    }

    [Fact]
    public async Task An_end_that_misses_a_line_by_30_cm_is_joined_to_it()
    {
        var report = await RoadsAsync("A,东西路,branch,\"LINESTRING(119.801 31.030, 119.803 31.030)\"\n" +
                                      "C,丁字路,village,\"LINESTRING(119.8015 31.0299973, 119.8015 31.029)\"");
        Assert.Equal("2:A×2, 3:C×1", Segments(report));
        Assert.True(await Db.ScalarAsync<bool>("""
            SELECT ST_Equals(ST_StartPoint(c.geom), ST_EndPoint(a.geom)) FROM zones.road a, zones.road c WHERE a.code = 'A' AND c.code = 'C'
            """));
    }

    [Fact]
    public async Task A_line_crossing_a_road_of_the_township_splits_it_and_the_new_piece_keeps_its_owner()
    {
        await Db.ExecuteAsync("""
            INSERT INTO zones.assignment (township_code, target_kind, road_id, unit_id, role, is_primary, valid_from)
            SELECT r.township_code, 'road', r.id, u.id, 'department', true, '2024-01-01' FROM zones.road r, zones.unit u
            WHERE r.code = 'R001' AND u.code = 'U003' AND u.township_code = r.township_code
            """);
        var report = await RoadsAsync("B,南北路,branch,\"LINESTRING(119.804 31.034, 119.804 31.036)\"");
        Assert.Equal(("2:B×2", "ROAD_SPLIT"), (Segments(report), report.Warnings.Single().Code));
        Assert.Equal("R001 人民路 382, R001-2 人民路 573", await RoadsMatchingAsync("^R"));
        Assert.Equal(2L, await Db.ScalarAsync<long>("SELECT count(*) FROM zones.assignment WHERE target_kind = 'road' AND is_primary"));
    }

    [Fact]
    public async Task A_dry_run_reports_the_segments_and_writes_nothing()
    {
        var report = await RoadsAsync("B,南北路,branch,\"LINESTRING(119.804 31.034, 119.804 31.036)\"", dryRun: true);
        Assert.Equal(("2:B×2", 0), (Segments(report), report.Written));
        Assert.Equal("R001 人民路 955", await RoadsMatchingAsync(""));
    }

    [Fact]
    public async Task A_piece_code_that_another_row_has_is_rejected() =>
        Assert.Equal("DUPLICATE", (await RoadsAsync("A,东西路,branch,\"LINESTRING(119.801 31.030, 119.803 31.030)\"\n" +
                                                   "A-2,南北路,branch,\"LINESTRING(119.802 31.029, 119.802 31.031)\""))
            .Problems.First().Code);
}
