using Zones.Server.Data.Transfer;

namespace Zones.Server.Tests.Data.Transfer;

/// <summary>
/// Slivers, overlaps and gaps between sibling zones, snapping, and codes derived from the parent
/// (issue #11 §2). Villages under 测试镇 999999004000, 0.003° (286 m × 333 m) each; at 31° north
/// 1e-5° of longitude is 0.95 m, so 甲村 reaching 3.1e-6° into 乙村 is a 0.3 m sliver.
/// </summary>
[Collection(TransferCollection.Name)]
public class ImportZoneTopologyTests(TransferDatabase db) : TransferTests(db)
{
    const string Header = "编码,名称,层级,上级编码,WKT\n";
    const string Sliver = "V1,甲村,村,999999004000,\"POLYGON((119.800 31.030,119.8030031 31.030,119.8030031 31.033,119.800 31.033,119.800 31.030))\"\n" +
                          "V2,乙村,村,999999004000,\"POLYGON((119.803 31.030,119.806 31.030,119.806 31.033,119.803 31.033,119.803 31.030))\"\n";
    const string Gap = "V3,丙村,村,999999004000,\"POLYGON((119.800 31.033,119.806 31.033,119.806 31.036,119.800 31.036,119.800 31.033))\"\n" +
                       "V4,丁村,村,999999004000,\"POLYGON((119.800 31.036,119.803 31.036,119.803 31.039,119.800 31.039,119.800 31.036))\"\n" +
                       "V5,戊村,村,999999004000,\"POLYGON((119.80301 31.036,119.806 31.036,119.806 31.039,119.80301 31.039,119.80301 31.036))\"\n";

    Task<ImportReport> ZonesAsync(string rows, double? snap = null) =>
        Db.ImportAsync(TransferTarget.Zones, (Header + rows).Replace("V", "99999900400090"), r => r with { SnapToleranceM = snap });

    static string Findings(ImportReport report) =>
        string.Join("; ", report.Topology.Select(f => $"{f.Kind} {string.Join("+", f.Codes.Select(c => c[^2..]))} {Math.Round(f.AreaM2)} m² {(f.Snapped ? "snapped" : "")}".Trim()));

    [Fact]
    public async Task A_30_cm_sliver_between_two_imported_villages_is_reported_with_its_area_and_written_as_it_is()
    {
        var report = await ZonesAsync(Sliver);
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal("sliver 01+02 98 m²", Findings(report));
        Assert.Equal("Polygon", report.Topology[0].Geometry!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Snapping_within_half_a_metre_removes_the_sliver_and_the_villages_then_touch_without_overlap()
    {
        var report = await ZonesAsync(Sliver, snap: 0.5);
        Assert.Equal("sliver 01+02 98 m² snapped", Findings(report));
        Assert.Equal("999999004000901 95364→95266", string.Join(", ", report.AreaChanges.Select(c => $"{c.Code} {Math.Round(c.AreaBeforeM2)}→{Math.Round(c.AreaAfterM2)}")));
        Assert.Equal("0.000 m² true", await Db.ScalarAsync<string>("""
            SELECT round(ST_Area(ST_Intersection(a.geom, b.geom)::geography)::numeric, 3) || ' m² ' || ST_Intersects(a.geom, b.geom)
            FROM zones.zone a, zones.zone b WHERE a.code = '999999004000901' AND b.code = '999999004000902'
            """));
    }

    [Fact]
    public async Task A_metre_wide_gap_between_villages_is_reported_and_a_half_metre_snap_leaves_it()
    {
        Assert.Equal("gap 03+04+05 318 m²", Findings(await ZonesAsync(Gap)));
        await Db.ResetAsync();
        Assert.Equal("gap 03+04+05 318 m²", Findings(await ZonesAsync(Gap, snap: 0.5)));
    }

    [Fact]
    public async Task A_village_overlapping_one_of_the_township_is_an_overlap_naming_both()
    {
        await ZonesAsync("V1,甲村,村,999999004000,\"POLYGON((119.800 31.030,119.803 31.030,119.803 31.033,119.800 31.033,119.800 31.030))\"\n");
        Assert.Equal("overlap 02+01 47633 m²", Findings(await ZonesAsync(
            "V2,乙村,村,999999004000,\"POLYGON((119.8015 31.030,119.806 31.030,119.806 31.033,119.8015 31.033,119.8015 31.030))\"\n")));
    }

    [Fact]
    public async Task Zones_without_a_code_are_numbered_under_the_division_code_of_their_parent()
    {
        var square = "\"POLYGON((119.80 31.03,119.801 31.03,119.801 31.031,119.80 31.031,119.80 31.03))\"";
        var report = await Db.ImportAsync(TransferTarget.Zones, Header + $",甲村,村,999999004000,{square}\n,乙村,村,999999004000,{square}\n" +
                                          $",南街社区,村,999999004000001,{square}\n,一组,组,999999004000101,{square}\n" +
                                          $"999999004000101,溪口村,村,999999004000001,{square}");
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal("999999004000101001 一组, 999999004101 南街社区, 999999004201 甲村, 999999004202 乙村", await Db.ScalarAsync<string>(
            "SELECT string_agg(code || ' ' || name, ', ' ORDER BY code) FROM zones.zone WHERE name <> '溪口村' AND level IN ('village', 'group')"));
    }

    [Fact]
    public async Task Built_up_areas_are_checked_like_villages_a_30_cm_sliver_reported_and_snapped_away()
    {
        var csv = "名称,WKT\n" +
                  "甲集镇,\"POLYGON((119.800 31.030,119.8030031 31.030,119.8030031 31.033,119.800 31.033,119.800 31.030))\"\n" +
                  "乙集镇,\"POLYGON((119.803 31.030,119.806 31.030,119.806 31.033,119.803 31.033,119.803 31.030))\"\n";
        var report = await Db.ImportAsync(TransferTarget.BuiltUpAreas, csv, r => r with { DryRun = true });
        Assert.Equal("sliver 甲集镇+乙集镇 98 m²", string.Join("; ", report.Topology.Select(f => $"{f.Kind} {string.Join("+", f.Codes)} {Math.Round(f.AreaM2)} m²")));
        report = await Db.ImportAsync(TransferTarget.BuiltUpAreas, csv, r => r with { SnapToleranceM = 0.5 });
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.True(report.Topology.Single().Snapped);
        Assert.Equal("0.000", await Db.ScalarAsync<string>("""
            SELECT round(ST_Area(ST_Intersection(a.geom, b.geom)::geography)::numeric, 3)::text
            FROM zones.built_up_area a, zones.built_up_area b WHERE a.name = '甲集镇' AND b.name = '乙集镇'
            """));
    }
}
