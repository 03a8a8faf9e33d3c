using Zones.Server.Spatial;

namespace Zones.Server.Tests.Spatial;

public class GeoJsonReadTests
{
    // The one helper: GeoJSON in, EWKT out, or "error: <message>" when the reader rejects it.
    static string Read(string json, int srid = 4326)
    {
        try
        {
            var g = GeoJson.Read(json, srid);
            return $"SRID={g.SRID};{g.AsText()}";
        }
        catch (GeoJsonException e)
        {
            return $"error: {e.Message}";
        }
    }

    [Theory]
    [InlineData("""{"type":"Point","coordinates":[116.3913,39.9075]}""", "POINT (116.3913 39.9075)")]
    [InlineData("""{"type":"Point","coordinates":[116.3913,39.9075,43.5]}""", "POINT Z(116.3913 39.9075 43.5)")]
    [InlineData("""{"type":"LineString","coordinates":[[116,39],[117,40]]}""", "LINESTRING (116 39, 117 40)")]
    [InlineData("""{"type":"Polygon","coordinates":[[[116,39],[117,39],[117,40],[116,39]],[[116.6,39.2],[116.8,39.4],[116.8,39.2],[116.6,39.2]]]}""",
        "POLYGON ((116 39, 117 39, 117 40, 116 39), (116.6 39.2, 116.8 39.4, 116.8 39.2, 116.6 39.2))")]
    [InlineData("""{"type":"MultiPoint","coordinates":[[116,39],[117,40]]}""", "MULTIPOINT ((116 39), (117 40))")]
    [InlineData("""{"type":"MultiLineString","coordinates":[[[116,39],[117,40]],[[1,2],[3,4]]]}""", "MULTILINESTRING ((116 39, 117 40), (1 2, 3 4))")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[[[[116,39],[117,39],[117,40],[116,39]]]]}""", "MULTIPOLYGON (((116 39, 117 39, 117 40, 116 39)))")]
    [InlineData("""{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]},{"type":"LineString","coordinates":[[1,2],[3,4]]}]}""",
        "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (1 2, 3 4))")]
    [InlineData("""{"type":"Polygon","coordinates":[]}""", "POLYGON EMPTY")]
    [InlineData("""{"type":"Point","bbox":[1,2,1,2],"title":"foreign members are allowed","coordinates":[1,2]}""", "POINT (1 2)")]
    public void Every_geometry_type_reads_with_srid_4326(string json, string wkt) =>
        Assert.Equal($"SRID=4326;{wkt}", Read(json));

    [Fact]
    public void Coordinates_in_another_crs_get_its_srid() =>
        Assert.Equal("SRID=4527;POINT (39447950.5147 4419435.7897)",
            Read("""{"type":"Point","coordinates":[39447950.5147,4419435.7897]}""", 4527));

    [Theory]
    // Coordinates
    [InlineData("""{"type":"Polygon","coordinates":[[[116,39],[117,39],[117,40],[116]]]}""",
        "coordinates[0][3]: a position needs 2 or 3 numbers, got 1")]
    [InlineData("""{"type":"Point","coordinates":[1,2,3,4]}""", "coordinates: a position needs 2 or 3 numbers, got 4")]
    [InlineData("""{"type":"Polygon","coordinates":[[[116,39],[117,39],[117,40],[116,40]]]}""",
        "coordinates[0]: a linear ring must be closed (first and last positions equal)")]
    [InlineData("""{"type":"Polygon","coordinates":[[[116,39],[117,39],[116,39]]]}""",
        "coordinates[0]: a linear ring needs at least 4 positions, got 3")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[0,0],[1,0],[1,1],[0,0]],[[0,0],[1,0],[1,1],[0,1]]]]}""",
        "coordinates[1][1]: a linear ring must be closed (first and last positions equal)")]
    [InlineData("""{"type":"LineString","coordinates":[[116,39]]}""", "coordinates: a LineString needs at least 2 positions, got 1")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[[]]}""", "coordinates[0]: a Polygon needs at least 1 linear ring, got 0")]
    [InlineData("""{"type":"Point","coordinates":[[1,2],3]}""", "coordinates[0]: expected a number, got an array")]
    [InlineData("""{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]},{"type":"LineString","coordinates":[[1,2]]}]}""",
        "geometries[1].coordinates: a LineString needs at least 2 positions, got 1")]
    // Numbers that are not finite
    [InlineData("""{"type":"Point","coordinates":[1e999,2]}""", "coordinates[0]: 1e999 is not a finite number")]
    [InlineData("""{"type":"Point","coordinates":[1,"NaN"]}""", "coordinates[1]: expected a number, got the string \"NaN\"")]
    [InlineData("""{"type":"Point","coordinates":[NaN,2]}""", "invalid JSON at line 1, byte 32: 'N' is an invalid start of a value.")]
    [InlineData("""{"type":"Point","coordinates":[Infinity,2]}""", "invalid JSON at line 1, byte 32: 'I' is an invalid start of a value.")]
    // Objects and types
    [InlineData("""{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{}}""",
        "type: expected a geometry, got a Feature; pass its \"geometry\" member instead")]
    [InlineData("""{"type":"FeatureCollection","features":[]}""",
        "type: expected a geometry, got a FeatureCollection; pass one feature's \"geometry\" member instead")]
    [InlineData("""{"type":"Circle","coordinates":[1,2]}""",
        "type: unknown geometry type \"Circle\" (expected Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon or GeometryCollection)")]
    [InlineData("""{"type":"polygon","coordinates":[]}""",
        "type: unknown geometry type \"polygon\"; type names are case-sensitive, did you mean \"Polygon\"?")]
    [InlineData("""{"coordinates":[1,2]}""", "type: required member is missing")]
    [InlineData("""{"type":7,"coordinates":[1,2]}""", "type: expected a string, got a number")]
    [InlineData("""{"type":"Point"}""", "coordinates: required member is missing")]
    [InlineData("""{"type":"Point","coordinates":null}""", "coordinates: expected an array, got null")]
    [InlineData("""{"type":"GeometryCollection","coordinates":[]}""", "geometries: required member is missing")]
    [InlineData("""[1,2]""", "expected a GeoJSON geometry object, got an array")]
    [InlineData("""{"type":"Point","coordinates":[1,2],"crs":{"type":"name","properties":{"name":"EPSG:4527"}}}""",
        "crs: RFC 7946 GeoJSON has no \"crs\" member; name the coordinate system in the request's crs argument instead")]
    public void Bad_input_is_rejected_saying_what_is_wrong_and_where(string json, string message) =>
        Assert.Equal($"error: {message}", Read(json));
}
