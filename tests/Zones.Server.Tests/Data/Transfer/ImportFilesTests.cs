using System.Text;
using NetTopologySuite.Geometries;
using Zones.Server.Data.Transfer;
using Zones.Server.Spatial;
using static Zones.Server.Tests.Data.Transfer.SurveyFiles;

namespace Zones.Server.Tests.Data.Transfer;

/// <summary>
/// Village boundaries from the files survey offices send (issue #11 §2): zipped Shapefiles in
/// CGCS2000 Gauss–Krüger with GBK or UTF-8 attributes, GeoPackages, .xlsx with WKT. Every file
/// is made in the test; positions must land within a centimetre of what was written.
/// </summary>
[Collection(TransferCollection.Name)]
public class ImportFilesTests(TransferDatabase db) : TransferTests(db)
{
    // Two villages of 东片区 (999999004000001, 119.805–119.82 E), side by side.
    static readonly (double, double)[] West = [(119.807, 31.030), (119.811, 31.030), (119.811, 31.034), (119.807, 31.034)];
    static readonly (double, double)[] East = [(119.811, 31.030), (119.815, 31.030), (119.815, 31.034), (119.811, 31.034)];

    static List<(Geometry, Dictionary<string, string>)> Villages(int epsg, string code = "编码", string name = "名称",
                                                                  string level = "层级", string parent = "上级编码") =>
    [
        (Project(epsg, West), new() { [code] = "999999004000001201", [name] = "施家村", [level] = "村", [parent] = "999999004000001" }),
        (Project(epsg, East), new() { [code] = "999999004000001202", [name] = "溪口村", [level] = "村", [parent] = "999999004000001" }),
    ];

    /// <summary>The largest distance, in metres of <paramref name="epsg"/>, from a written vertex to the nearest stored one.</summary>
    async Task<double> DriftAsync(string code, Geometry written, int epsg)
    {
        var stored = (await Db.ScalarAsync<string>($"SELECT ST_AsText(geom) FROM zones.zone WHERE code = '{code}'"));
        var projection = Projection.For(Crs.FromEpsg(epsg));
        var points = new NetTopologySuite.IO.WKTReader(StorageGeometry.Services).Read(stored).Coordinates.Select(c => projection.Forward(c.X, c.Y)).ToList();
        return written.Coordinates.Max(w => points.Min(p => Math.Sqrt(Math.Pow(p.X - w.X, 2) + Math.Pow(p.Y - w.Y, 2))));
    }

    Task<ImportReport> ZonesAsync(byte[] file, Func<ImportRequest, ImportRequest>? change = null) =>
        Db.ImportAsync(TransferTarget.Zones, file, change);

    [Fact]
    public async Task A_GBK_Shapefile_in_Gauss_Kruger_zone_40_with_prj_and_cpg_lands_within_a_centimetre()
    {
        var villages = Villages(4528);
        var report = await ZonesAsync(ShapefileZip(villages, Gbk, Zone40Prj, "GBK"));
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal((2, "EPSG:4528", "GB18030", TransferFormat.Shapefile), (report.Written, report.Crs, report.Encoding, report.Format));
        Assert.Equal("施家村", await Db.ScalarAsync<string>("SELECT name FROM zones.zone WHERE code = '999999004000001201'"));
        Assert.True(await DriftAsync("999999004000001201", villages[0].Item1, 4528) < 0.01);
    }

    [Fact]
    public async Task A_UTF8_Shapefile_zipped_in_a_folder_without_the_zone_prefix_and_without_cpg_is_read()
    {
        var villages = Villages(4549, "code", "name", "level", "parent");
        var report = await ZonesAsync(ShapefileZip(villages, new UTF8Encoding(false), Cm120Prj, cpg: null, folder: "成果/村界/"));
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal(("EPSG:4549", "UTF-8"), (report.Crs, report.Encoding));
        Assert.Equal("溪口村", await Db.ScalarAsync<string>("SELECT name FROM zones.zone WHERE code = '999999004000001202'"));
        Assert.True(await DriftAsync("999999004000001202", villages[1].Item1, 4549) < 0.01);
    }

    [Fact]
    public async Task A_GBK_DBF_without_cpg_is_told_from_its_bytes()
    {
        var report = await ZonesAsync(ShapefileZip(Villages(4528), Gbk, Zone40Prj, cpg: null));
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal("施家村,溪口村", await Db.ScalarAsync<string>("SELECT string_agg(name, ',' ORDER BY code) FROM zones.zone WHERE level = 'village'"));
    }

    [Fact]
    public async Task Without_prj_an_easting_with_the_zone_number_is_guessed_as_that_zone()
    {
        var report = await ZonesAsync(ShapefileZip(Villages(4528), Gbk, prj: null, "GBK"));
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal("EPSG:4528", report.Crs);
        Assert.Contains(report.Warnings, w => w.Code == "CRS_GUESSED");
    }

    [Fact]
    public async Task Without_prj_a_plain_easting_is_guessed_as_the_zone_of_the_township()
    {
        var villages = Villages(4549);
        var report = await ZonesAsync(ShapefileZip(villages, Gbk, prj: null, "GBK"));
        Assert.Equal((true, "EPSG:4549"), (report.Succeeded, report.Crs));
        Assert.True(await DriftAsync("999999004000001201", villages[0].Item1, 4549) < 0.01);
    }

    [Fact]
    public async Task A_declared_CRS_overrides_the_prj()
    {
        var report = await ZonesAsync(ShapefileZip(Villages(4549), Gbk, Zone40Prj, "GBK"), r => r with { Crs = "EPSG:4549" });
        Assert.Equal((true, "EPSG:4549"), (report.Succeeded, report.Crs));
        Assert.Contains(report.Warnings, w => w.Code == "CRS_OVERRIDDEN");
    }

    [Fact]
    public async Task A_GeoPackage_layer_in_zone_40_lands_within_a_centimetre()
    {
        var villages = Villages(4528);
        var report = await ZonesAsync(GeoPackage("村界", 4528, Zone40Prj, villages));
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal((2, "EPSG:4528", TransferFormat.GeoPackage), (report.Written, report.Crs, report.Format));
        Assert.True(await DriftAsync("999999004000001202", villages[1].Item1, 4528) < 0.01);
    }

    [Fact]
    public async Task An_xlsx_sheet_with_a_WKT_column_in_a_declared_Gauss_Kruger_CRS_is_read()
    {
        var villages = Villages(4528);
        var rows = villages.Select(v => new Dictionary<string, object> { ["编码"] = v.Item2["编码"], ["名称"] = v.Item2["名称"], ["层级"] = "村",
                                                                       ["上级编码"] = "999999004000001", ["几何"] = v.Item1.AsText() }).ToList();
        var report = await ZonesAsync(Xlsx(new() { ["说明"] = new[] { new { 说明 = "见下页" } }, ["村界"] = rows }),
                                      r => r with { Crs = "EPSG:4528", Layer = "村界" });
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal((2, TransferFormat.Xlsx), (report.Written, report.Format));
        Assert.True(await DriftAsync("999999004000001201", villages[0].Item1, 4528) < 0.01);
    }

    [Fact]
    public async Task Xlsx_dates_and_numbers_become_the_text_a_CSV_would_hold()
    {
        var sheet = new[] { new Dictionary<string, object> { ["编号"] = "LJT-9001", ["类型"] = "垃圾箱", ["经度"] = 119.8071234, ["纬度"] = 31.0312345,
                                                             ["安装日期"] = new DateTime(2024, 3, 15) } };
        var report = await Db.ImportAsync(TransferTarget.Assets, Xlsx(new() { ["部件"] = sheet }));
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal("2024-03-15 119.8071234", await Db.ScalarAsync<string>(
            "SELECT install_date::text || ' ' || round(ST_X(geom)::numeric, 7) FROM zones.asset WHERE identifier = 'LJT-9001'"));
    }

    [Fact]
    public async Task A_CSV_with_a_geometry_column_in_a_declared_Gauss_Kruger_CRS_lands_within_a_centimetre()
    {
        var villages = Villages(4549);
        var csv = "编码,名称,层级,上级编码,geometry\n" + string.Join("\n", villages.Select(v =>
            $"{v.Item2["编码"]},{v.Item2["名称"]},村,999999004000001,\"{v.Item1.AsText()}\""));
        var report = await Db.ImportAsync(TransferTarget.Zones, csv, r => r with { Crs = "EPSG:4549" });
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.True(await DriftAsync("999999004000001202", villages[1].Item1, 4549) < 0.01);
    }

    [Fact]
    public async Task Inspecting_a_GeoPackage_lists_its_layers_and_a_Shapefile_without_prj_says_its_CRS_was_guessed()
    {
        var inspector = new ImportInspector(Db.DataSource);
        var gpkg = await inspector.InspectAsync(new InspectRequest(GeoPackage("村界", 4528, Zone40Prj, Villages(4528)), "村界.gpkg", TransferTarget.Zones), default);
        Assert.Equal((TransferFormat.GeoPackage, "EPSG:4528", "file", 2), (gpkg.Format, gpkg.Crs, gpkg.CrsSource, gpkg.Rows));
        Assert.Equal(["村界"], gpkg.Layers);
        Assert.Equal("fid,编码,名称,层级,上级编码", string.Join(',', gpkg.Columns));
        var shp = await inspector.InspectAsync(new InspectRequest(ShapefileZip(Villages(4528), Gbk, prj: null, "GBK"), "村界.zip"), default);
        Assert.Equal(("EPSG:4528", "guessed", "GB18030"), (shp.Crs, shp.CrsSource, shp.Encoding));
        Assert.Contains(shp.Problems, p => p.Code == "CRS_GUESSED");
    }

    [Theory]
    [InlineData("not a zip", "BAD_ZIP")]
    [InlineData("no shp", "MISSING_SHP")]
    [InlineData("xian 1980", "UNKNOWN_CRS")]
    [InlineData("far away", "UNKNOWN_CRS")]
    public async Task Broken_files_are_refused_with_a_clear_code(string what, string code)
    {
        var file = what switch
        {
            "not a zip" => [(byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8],
            "no shp" => Zip(new() { ["村界.dbf"] = [1, 2, 3], ["readme.txt"] = Encoding.UTF8.GetBytes("见附件") }),
            "xian 1980" => ShapefileZip(Villages(4528), Gbk, Zone40Prj.Replace("China_Geodetic_Coordinate_System_2000", "Xian_1980"), "GBK"),
            _ => ShapefileZip([(Far(), Villages(4528)[0].Item2)], Gbk, prj: null, "GBK"),
        };
        var report = await ZonesAsync(file);
        Assert.Equal((code, 0), (report.Problems[0].Code, report.Written));
        Assert.False(string.IsNullOrWhiteSpace(report.Problems[0].Message));
    }

    /// <summary>A square in metres that no CRS of ours fits (a 9-digit easting: no zone number that exists).</summary>
    static Geometry Far() => new NetTopologySuite.IO.WKTReader().Read(
        "POLYGON((700000000 3400000,700000100 3400000,700000100 3400100,700000000 3400100,700000000 3400000))");
}
