using NetTopologySuite.IO;
using Zones.Server.Spatial;

namespace Zones.Server.Tests.Spatial;

public class GeometryChecksTests
{
    // The one helper: WKT in, the chosen check's message out ("ok" when it finds nothing).
    static string Check(Func<NetTopologySuite.Geometries.Geometry, GeometryProblem?> check, string wkt) =>
        check(new WKTReader(StorageGeometry.Services).Read(wkt))?.Message ?? "ok";

    [Fact]
    public void A_valid_polygon_passes() =>
        Assert.Equal("ok", Check(GeometryChecks.Validity, "POLYGON ((116 39, 117 39, 117 40, 116 40, 116 39))"));

    [Fact]
    public void A_bow_tie_reports_self_intersection_at_the_crossing_point()
    {
        var bowTie = new WKTReader(StorageGeometry.Services).Read("POLYGON ((116 39, 117 40, 117 39, 116 40, 116 39))");
        var problem = GeometryChecks.Validity(bowTie)!;
        Assert.Equal("Self-intersection at 116.5, 39.5", problem.Message);
        Assert.Equal((116.5, 39.5), (problem.Location!.X, problem.Location.Y));
    }

    [Theory]
    [InlineData("POLYGON ((116 39, 117 39, 117 40, 116 40, 116 39), (118 39, 118.5 39, 118.5 39.5, 118 39))", "Hole lies outside shell at 118, 39")]
    [InlineData("MULTIPOLYGON (((116 39, 117 39, 117 40, 116 39)), ((116.9 39.1, 118 39, 118 40, 116.9 39.1)))", "Self-intersection at 117, 39.0909091")]
    [InlineData("POLYGON ((116 39, 117 39, 117 39, 116 39))", "Too few points in geometry component at 116, 39")]
    public void Other_validity_errors_say_where(string wkt, string expected) =>
        Assert.Equal(expected, Check(GeometryChecks.Validity, wkt));

    [Theory]
    [InlineData("POINT (116.3913 39.9075)", "ok")]
    [InlineData("POINT (39.9075 116.3913)",
        "Coordinate 39.9075, 116.3913 is not a longitude/latitude (longitude -180..180, latitude -90..90); the values look swapped: put longitude first ([lon, lat])")]
    [InlineData("LINESTRING (116 39, 39447950.5 4419435.8)",
        "Coordinate 39447950.5, 4419435.8 is not a longitude/latitude (longitude -180..180, latitude -90..90); this looks like metres in a projected CRS; pass crs: EPSG:4527 (CGCS2000 3-degree Gauss-Kruger zone 39)")]
    [InlineData("POINT (447950.5 4419435.8)",
        "Coordinate 447950.5, 4419435.8 is not a longitude/latitude (longitude -180..180, latitude -90..90); this looks like metres in a projected CRS; pass crs: EPSG:4534-4554 (CGCS2000 3-degree Gauss-Kruger without zone prefix, by central meridian)")]
    [InlineData("POINT (12956620.2 4852509.5)",
        "Coordinate 12956620.2, 4852509.5 is not a longitude/latitude (longitude -180..180, latitude -90..90); this looks like metres in a projected CRS; pass crs: EPSG:3857 (Web Mercator)")]
    [InlineData("POINT (20447950.5 4419435.8)",
        "Coordinate 20447950.5, 4419435.8 is not a longitude/latitude (longitude -180..180, latitude -90..90); this looks like metres in a projected CRS; pass crs: EPSG:4498 (CGCS2000 6-degree Gauss-Kruger zone 20)")]
    [InlineData("POINT (13522390.4 3662707.3)",
        "Coordinate 13522390.4, 3662707.3 is not a longitude/latitude (longitude -180..180, latitude -90..90); this looks like metres in a projected CRS; pass crs: EPSG:3857 (Web Mercator) or EPSG:4491 (CGCS2000 6-degree Gauss-Kruger zone 13)")]
    [InlineData("POINT (-50000000 1)",
        "Coordinate -50000000, 1 is not a longitude/latitude (longitude -180..180, latitude -90..90); this looks like metres in a projected CRS; pass crs: the EPSG code of the data's projected CRS")]
    [InlineData("POINT (190 40)", "Coordinate 190, 40 is not a longitude/latitude (longitude -180..180, latitude -90..90)")]
    public void Coordinates_out_of_range_get_a_hint(string wkt, string expected) =>
        Assert.Equal(expected, Check(GeometryChecks.LonLatRange, wkt));

    [Theory]
    [InlineData("POLYGON ((116 39, 117 39, 117 40, 116 39))", "ok")]
    [InlineData("POINT (2.35 48.86)", "Coordinate 2.35, 48.86 is outside China")]
    [InlineData("POINT (39.9 116.4)", "Coordinate 39.9, 116.4 is outside China; longitude and latitude look swapped: put longitude first")]
    public void Points_outside_china_are_reported(string wkt, string expected) =>
        Assert.Equal(expected, Check(GeometryChecks.OutsideChina, wkt));

    [Fact]
    public void Looks_like_china_needs_every_coordinate_inside_the_box()
    {
        var reader = new WKTReader(StorageGeometry.Services);
        Assert.True(GeometryChecks.LooksLikeChina(reader.Read("LINESTRING (87.6 43.8, 126.5 45.8, 109.5 18.3)")));
        Assert.False(GeometryChecks.LooksLikeChina(reader.Read("LINESTRING (116 39, 139.7 35.7)")));
        Assert.False(GeometryChecks.LooksLikeChina(reader.Read("POINT EMPTY")));
    }
}
