using System.Text.Json.Nodes;

namespace Zones.Server.Tests.Http.Corpus;

/// <summary>The kind of an input field, which decides the bad values it is tried with.</summary>
enum BadKind { Text, Id, Int, DateTime, Date, Point, Polygon, Line, Crs, Json }

/// <summary>
/// Bad values per kind of field, each labelled for the case name: what a careless client, a
/// copy-paste from Excel or a hostile caller sends. Every one must be refused with a message.
/// </summary>
static class BadValues
{
    static JsonNode? J(string json) => JsonNode.Parse(json);

    static JsonNode Wkt(string wkt) => new JsonObject { ["wkt"] = wkt };

    static JsonNode Lonlat(string lon, string lat) => J($$$"""{"point":{"lon":{{{lon}}},"lat":{{{lat}}}}}""")!;

    public static IEnumerable<(string Label, JsonNode? Value)> Of(BadKind kind) => kind switch
    {
        BadKind.Text =>
        [
            ("NUL", "a\u0000b"),
            ("only NUL", "\u0000"),
            ("number for text", 12345),
        ],
        BadKind.Id =>
        [
            ("not a number", "x"),
            ("decimal", "1.5"),
            ("beyond bigint", "99999999999999999999"),
            ("NUL", "1\u0000"),
            ("boolean", true),
        ],
        BadKind.Int =>
        [
            ("beyond Int", 2147483648L),
            ("1e20", J("1e20")),
            ("fraction", 1.5),
            ("string", "1"),
        ],
        BadKind.DateTime =>
        [
            ("0001-01-01", "0001-01-01T00:00:00Z"),
            ("9999-12-31", "9999-12-31T23:59:59Z"),
            ("year 1 in China time", "0001-01-01T00:00:00+08:00"),
            ("Feb 30", "2026-02-30T00:00:00+08:00"),
            ("no time", "2026-11-20"),
        ],
        BadKind.Date =>
        [
            ("0001-01-01", "0001-01-01"),
            ("9999-12-31", "9999-12-31"),
            ("Feb 30", "2026-02-30"),
        ],
        BadKind.Point =>
        [
            ("NaN wkt", Wkt("POINT(NaN 31.035)")),
            ("Infinity wkt", Wkt("POINT(Infinity 31.035)")),
            ("1e400 overflows to Infinity", Lonlat("1e400", "31.035")),
            ("lon 500", Lonlat("500", "31.035")),
            ("lat -100", Lonlat("119.805", "-100")),
            ("a polygon for a point", Wkt(Square)),
            ("geojson without coordinates", J("""{"geojson":{"type":"Point"}}""")),
            ("two members of a oneOf", J("""{"wkt":"POINT(119.805 31.035)","point":{"lon":119.805,"lat":31.035}}""")),
            ("NUL in wkt", Wkt("POINT(119.805\u0000 31.035)")),
        ],
        BadKind.Polygon =>
        [
            ("ring of three points", Wkt("POLYGON((119.804 31.034,119.805 31.034,119.804 31.034))")),
            ("geojson ring of three points", J("""{"geojson":{"type":"Polygon","coordinates":[[[119.804,31.034],[119.805,31.034],[119.804,31.034]]]}}""")),
            ("unclosed ring", Wkt("POLYGON((119.804 31.034,119.805 31.034,119.805 31.035,119.804 31.035))")),
            ("NaN vertex", Wkt("POLYGON((119.804 31.034,NaN 31.034,119.805 31.035,119.804 31.034))")),
            ("bow tie", Wkt("POLYGON((119.804 31.034,119.805 31.035,119.805 31.034,119.804 31.035,119.804 31.034))")),
            ("outside the world", Wkt("POLYGON((500 31,501 31,501 32,500 31))")),
            ("empty", Wkt("POLYGON EMPTY")),
            ("not WKT", Wkt("SQUARE(1 2 3)")),
            ("geojson coordinates of strings", J("""{"geojson":{"type":"Polygon","coordinates":[[["a","b"]]]}}""")),
            ("bbox upside down", J("""{"bbox":{"minLon":119.81,"minLat":31.04,"maxLon":119.80,"maxLat":31.03}}""")),
            ("zone id not a number", J("""{"zoneId":"x"}""")),
        ],
        BadKind.Line =>
        [
            ("one point", Wkt("LINESTRING(119.804 31.034)")),
            ("Infinity", Wkt("LINESTRING(119.804 31.034,Infinity 31.035)")),
            ("lat 95", Wkt("LINESTRING(119.804 95,119.805 31.035)")),
            ("a point for a line", Wkt("POINT(119.805 31.035)")),
        ],
        BadKind.Crs =>
        [
            ("EPSG:4528 given lon/lat", "EPSG:4528"),
            ("unknown EPSG", "EPSG:99999"),
            ("not a CRS", "lon/lat please"),
            ("NUL", "EPSG:4326\u0000"),
            ("Gauss-Kruger far outside its zone", "EPSG:4554"),
        ],
        BadKind.Json =>
        [
            ("NUL in a value", J("""{"note":"a\u0000b"}""")),
            ("NUL in a key", J("""{"a\u0000":1}""")),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    const string Square = "POLYGON((119.8040 31.0340,119.8045 31.0340,119.8045 31.0345,119.8040 31.0345,119.8040 31.0340))";
}
