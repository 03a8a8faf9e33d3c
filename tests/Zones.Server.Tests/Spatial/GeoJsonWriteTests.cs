using NetTopologySuite.IO;
using Zones.Server.Spatial;

namespace Zones.Server.Tests.Spatial;

public class GeoJsonWriteTests
{
    // The one helper: WKT in, GeoJSON text out.
    static string Write(string wkt, int decimals = GeoJson.DefaultDecimals) =>
        GeoJson.Write(new WKTReader(StorageGeometry.Services).Read(wkt), decimals);

    [Theory]
    [InlineData("POINT (116.3913 39.9075)", """{"type":"Point","coordinates":[116.3913,39.9075]}""")]
    [InlineData("POINT Z(116.3913 39.9075 43.5)", """{"type":"Point","coordinates":[116.3913,39.9075,43.5]}""")]
    [InlineData("POINT EMPTY", """{"type":"Point","coordinates":[]}""")]
    [InlineData("LINESTRING (116 39, 117 40)", """{"type":"LineString","coordinates":[[116,39],[117,40]]}""")]
    [InlineData("LINEARRING (0 0, 1 0, 1 1, 0 0)", """{"type":"LineString","coordinates":[[0,0],[1,0],[1,1],[0,0]]}""")]
    [InlineData("MULTIPOINT ((116 39), (117 40))", """{"type":"MultiPoint","coordinates":[[116,39],[117,40]]}""")]
    [InlineData("MULTILINESTRING ((116 39, 117 40), (1 2, 3 4))", """{"type":"MultiLineString","coordinates":[[[116,39],[117,40]],[[1,2],[3,4]]]}""")]
    [InlineData("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), EMPTY)", """{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[]]}""")]
    [InlineData("GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (1 2, 3 4))",
        """{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]},{"type":"LineString","coordinates":[[1,2],[3,4]]}]}""")]
    public void Every_geometry_type_is_written(string wkt, string json) =>
        Assert.Equal(json, Write(wkt));

    [Fact]
    public void Polygons_follow_the_right_hand_rule_shell_counterclockwise_holes_clockwise() =>
        Assert.Equal("""{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[1,2],[2,2],[2,1],[1,1]]]}""",
            Write("POLYGON ((0 0, 0 4, 4 4, 4 0, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))"));

    [Theory]
    [InlineData(7, """{"type":"Point","coordinates":[116.1234568,-39.9]}""")]
    [InlineData(2, """{"type":"Point","coordinates":[116.12,-39.9]}""")]
    [InlineData(0, """{"type":"Point","coordinates":[116,-40]}""")]
    public void Coordinates_are_rounded_to_the_decimal_count(int decimals, string json) =>
        Assert.Equal(json, Write("POINT (116.123456789 -39.9)", decimals));

    [Fact]
    public void Rounding_never_writes_negative_zero() =>
        Assert.Equal("""{"type":"Point","coordinates":[0,0]}""", Write("POINT (-0.00000001 -0.0)"));

    [Theory]
    [InlineData("""{"type":"Polygon","coordinates":[[[116,39],[117,39],[117,40],[116,39]],[[116.6,39.2],[116.8,39.4],[116.8,39.2],[116.6,39.2]]]}""")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[[[[116,39],[117,39],[117,40],[116,39]]],[[[118,39],[119,39],[119,40],[118,39]]]]}""")]
    [InlineData("""{"type":"GeometryCollection","geometries":[{"type":"MultiPoint","coordinates":[[1,2,3]]},{"type":"GeometryCollection","geometries":[]}]}""")]
    public void Read_then_write_gives_back_the_same_text(string json) =>
        Assert.Equal(json, GeoJson.Write(GeoJson.Read(json)));
}
