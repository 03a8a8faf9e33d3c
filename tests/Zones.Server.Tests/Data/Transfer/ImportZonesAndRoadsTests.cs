using Zones.Server.Data.Transfer;

namespace Zones.Server.Tests.Data.Transfer;

/// <summary>Zones (a tree, polygons) and roads (line strings) from GeoJSON and from CSV with WKT.</summary>
[Collection(TransferCollection.Name)]
public class ImportZonesAndRoadsTests(TransferDatabase db) : TransferTests(db)
{
    const string Square = "POLYGON((119.80 31.03,119.81 31.03,119.81 31.04,119.80 31.04,119.80 31.03))";

    Task<ImportReport> ZonesAsync(string csvRows) =>
        Db.ImportAsync(TransferTarget.Zones, "编码,名称,层级,上级编码,WKT\n" + csvRows);

    [Fact]
    public async Task A_zone_tree_in_one_file_is_written_parents_first_whatever_the_row_order()
    {
        var report = await ZonesAsync($"999999004000001001,一组,网格,999999004000001101,\"{Square}\"\n" +
                                      $"999999004000001101,溪口村,村,999999004000001,\"{Square}\"");
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal("group<village<area", await Db.ScalarAsync<string>("""
            SELECT g.level || '<' || v.level || '<' || a.level FROM zones.zone g
            JOIN zones.zone v ON v.id = g.parent_id JOIN zones.zone a ON a.id = v.parent_id WHERE g.code = '999999004000001001'
            """));
    }

    [Fact]
    public async Task A_parent_found_neither_in_the_township_nor_in_the_file_is_rejected() =>
        Assert.Equal("NOT_FOUND", (await ZonesAsync($"999999004000009101,孤村,村,999999004000009,\"{Square}\"")).Problems.Single().Code);

    [Fact]
    public async Task A_parent_lower_in_the_tree_is_rejected() =>
        Assert.Contains("村 village", (await ZonesAsync($"999999004000002,西片区,片区,999999004000001101,\"{Square}\"\n" +
                                                       $"999999004000001101,溪口村,村,999999004000001,\"{Square}\""))
            .Problems.Single().Message);

    [Fact]
    public async Task A_self_intersecting_polygon_is_rejected_with_where() =>
        Assert.Contains("Self-intersection at 119.805, 31.035", (await ZonesAsync(
            "999999004000003,蝴蝶,片区,999999004000,\"POLYGON((119.80 31.03,119.81 31.04,119.81 31.03,119.80 31.04,119.80 31.03))\""))
            .Problems.Single().MessageEn);

    [Fact]
    public async Task The_sample_roads_GeoJSON_with_Chinese_properties_is_written()
    {
        var report = await Db.ImportAsync(TransferTarget.Roads, File.ReadAllBytes(TransferDatabase.Sample("roads.geojson")));
        Assert.Equal((3, 3), (report.Read, report.Written));
        Assert.Equal("R9001 branch, R9002 branch, R9003 highway", await Db.ScalarAsync<string>(
            "SELECT string_agg(code || ' ' || class, ', ' ORDER BY code) FROM zones.road WHERE code LIKE 'R9%'"));
    }

    [Fact]
    public async Task A_CSV_of_roads_with_WKT_lines_in_Web_Mercator_is_written()
    {
        var report = await Db.ImportAsync(TransferTarget.Roads, "code,name,class,wkt\nR100,新街,secondary,\"LINESTRING(13336000 3638000, 13336500 3638000)\"",
                                          r => r with { Crs = "EPSG:3857" });
        Assert.Equal(1, report.Written);
        Assert.Equal(500 * Math.Cos(31.1 * Math.PI / 180), await Db.ScalarAsync<double>(
            "SELECT ST_Length(geom::geography) FROM zones.road WHERE code = 'R100'"), 5.0);
    }

    [Fact]
    public async Task A_GeoJSON_naming_its_CRS_the_way_QGIS_does_is_read_in_that_CRS()
    {
        var report = await Db.ImportAsync(TransferTarget.Roads, """
            {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4528"}},
             "features": [{"type": "Feature", "properties": {"code": "R200", "name": "测量路", "class": "村道"},
               "geometry": {"type": "LineString", "coordinates": [[40481204.055, 3434916.871], [40481340.695, 3434984.261]]}}]}
            """);
        Assert.Equal(("EPSG:4528", 1), (report.Crs, report.Written));
        Assert.Equal("POINT(119.80312 31.03541)", await Db.ScalarAsync<string>("SELECT ST_AsText(ST_StartPoint(geom), 6) FROM zones.road WHERE code = 'R200'"));
    }

    [Fact]
    public async Task A_point_where_a_road_line_is_expected_is_rejected() =>
        Assert.Equal("WRONG_GEOMETRY_TYPE", (await Db.ImportAsync(TransferTarget.Roads, "编码,名称,等级,WKT\nR101,点路,支路,POINT(119.8 31.03)"))
            .Problems.Single().Code);
}
