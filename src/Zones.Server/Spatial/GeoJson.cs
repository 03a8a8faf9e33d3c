using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Zones.Server.Spatial;

/// <summary>
/// A small, strict reader and writer for RFC 7946 GeoJSON geometry objects
/// (https://www.rfc-editor.org/rfc/rfc7946#section-3.1) on System.Text.Json, because
/// NetTopologySuite.IO.GeoJSON cannot be restored here. This part reads; GeoJson.Write.cs writes.
/// </summary>
/// <remarks>
/// Beyond RFC 7946 the API sends coordinates in the CRS its <c>crs</c> argument names, so the
/// reader checks structure only; ranges are <see cref="GeometryChecks"/>' job after conversion.
/// Rejected, with a <see cref="GeoJsonException"/> naming the place: anything but a geometry
/// object (Features and FeatureCollections are named as such), unknown or mis-cased types,
/// positions without 2 or 3 finite numbers, LineStrings under 2 positions, linear rings under
/// 4 positions or not closed, and the pre-RFC <c>"crs"</c> member, which would silently
/// contradict the <c>crs</c> argument. Ring orientation is accepted either way (§3.1.6), and an
/// empty top-level <c>coordinates</c> array reads as an empty geometry (§3.1).
/// </remarks>
static partial class GeoJson
{
    static readonly string[] _types =
        ["Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon", "GeometryCollection"];

    /// <summary>Reads a geometry object from JSON text; the result gets <paramref name="srid"/>.</summary>
    /// <exception cref="GeoJsonException">The text is not JSON or not a valid geometry object.</exception>
    public static Geometry Read(string json, int srid = StorageGeometry.StorageSrid)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw GeoJsonException.InvalidJson(e);
        }
        using (document)
            return Read(document.RootElement, srid);
    }

    /// <summary>Reads a geometry object already parsed (e.g. a GraphQL variable).</summary>
    /// <exception cref="GeoJsonException">The element is not a valid geometry object.</exception>
    public static Geometry Read(JsonElement element, int srid = StorageGeometry.StorageSrid) =>
        new GeoJsonReader(StorageGeometry.FactoryFor(srid)).ReadGeometry(element, "");

    /// <summary>The geometry type in <c>"type"</c>, or a message saying what else it is.</summary>
    static string TypeOf(JsonElement geometry, string path)
    {
        var typePath = Join(path, "type");
        var type = Member(geometry, "type", path, JsonValueKind.String).GetString()!;
        if (_types.Contains(type))
            return type;
        if (type is "Feature" or "FeatureCollection")
            throw new GeoJsonException(typePath, $"expected a geometry, got a {type}; pass " +
                (type == "Feature" ? "its" : "one feature's") + " \"geometry\" member instead");
        var near = _types.FirstOrDefault(t => t.Equals(type, StringComparison.OrdinalIgnoreCase));
        throw new GeoJsonException(typePath, near is null
            ? $"unknown geometry type \"{type}\" (expected {string.Join(", ", _types[..^1])} or {_types[^1]})"
            : $"unknown geometry type \"{type}\"; type names are case-sensitive, did you mean \"{near}\"?");
    }

    /// <summary>The member <paramref name="name"/> of an object, which must exist and be of <paramref name="kind"/>.</summary>
    static JsonElement Member(JsonElement obj, string name, string path, JsonValueKind kind)
    {
        if (!obj.TryGetProperty(name, out var value))
            throw new GeoJsonException(Join(path, name), "required member is missing");
        return Expect(value, kind, Join(path, name));
    }

    /// <summary>The element itself when it is of <paramref name="kind"/>.</summary>
    static JsonElement Expect(JsonElement value, JsonValueKind kind, string path) =>
        value.ValueKind == kind ? value
            : throw new GeoJsonException(path, $"expected {Describe(kind)}, got {Describe(value.ValueKind)}");

    static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    static string Join(string path, string member) => path.Length == 0 ? member : $"{path}.{member}";

    /// <summary>Builds NTS geometries with one factory, keeping the JSON path for messages.</summary>
    sealed class GeoJsonReader(GeometryFactory factory)
    {
        public Geometry ReadGeometry(JsonElement e, string path)
        {
            if (e.ValueKind != JsonValueKind.Object)
                throw new GeoJsonException(path, $"expected a GeoJSON geometry object, got {Describe(e.ValueKind)}");
            var type = TypeOf(e, path);
            if (e.TryGetProperty("crs", out _))
                throw new GeoJsonException(Join(path, "crs"), "RFC 7946 GeoJSON has no \"crs\" member; " +
                    "name the coordinate system in the request's crs argument instead");
            if (type == "GeometryCollection")
                return Collection(Member(e, "geometries", path, JsonValueKind.Array), Join(path, "geometries"));
            var at = Join(path, "coordinates");
            var c = Member(e, "coordinates", path, JsonValueKind.Array);
            return c.GetArrayLength() == 0 ? Empty(type) : type switch
            {
                "Point" => factory.CreatePoint(Position(c, at)),
                "LineString" => ReadLine(c, at),
                "Polygon" => ReadPolygon(c, at),
                "MultiPoint" => factory.CreateMultiPoint(Items(c, at, (p, a) => factory.CreatePoint(Position(p, a)))),
                "MultiLineString" => factory.CreateMultiLineString(Items(c, at, ReadLine)),
                _ => factory.CreateMultiPolygon(Items(c, at, ReadPolygon)),
            };
        }

        GeometryCollection Collection(JsonElement geometries, string at) =>
            factory.CreateGeometryCollection(Items(geometries, at, ReadGeometry));

        Geometry Empty(string type) => type switch
        {
            "Point" => factory.CreatePoint(),
            "LineString" => factory.CreateLineString(),
            "Polygon" => factory.CreatePolygon(),
            "MultiPoint" => factory.CreateMultiPoint(),
            "MultiLineString" => factory.CreateMultiLineString(),
            _ => factory.CreateMultiPolygon(),
        };

        LineString ReadLine(JsonElement c, string at)
        {
            var positions = Positions(c, at);
            return positions.Length >= 2 ? factory.CreateLineString(positions)
                : throw new GeoJsonException(at, $"a LineString needs at least 2 positions, got {positions.Length}");
        }

        Polygon ReadPolygon(JsonElement c, string at)
        {
            var rings = Items(Expect(c, JsonValueKind.Array, at), at, ReadRing);
            if (rings.Length == 0)
                throw new GeoJsonException(at, "a Polygon needs at least 1 linear ring, got 0");
            return factory.CreatePolygon(rings[0], rings[1..]);
        }

        LinearRing ReadRing(JsonElement c, string at)
        {
            var positions = Positions(c, at);
            if (positions.Length < 4)
                throw new GeoJsonException(at, $"a linear ring needs at least 4 positions, got {positions.Length}");
            if (!SamePosition(positions[0], positions[^1]))
                throw new GeoJsonException(at, "a linear ring must be closed (first and last positions equal)");
            return factory.CreateLinearRing(positions);
        }

        // Z is NaN for 2-number positions, and Equals2D ignores Z, hence the extra test.
        static bool SamePosition(Coordinate a, Coordinate b) =>
            a.Equals2D(b) && (a.Z == b.Z || double.IsNaN(a.Z) && double.IsNaN(b.Z));

        static Coordinate[] Positions(JsonElement c, string at) =>
            Items(Expect(c, JsonValueKind.Array, at), at, Position);

        static Coordinate Position(JsonElement c, string at)
        {
            var n = Expect(c, JsonValueKind.Array, at).GetArrayLength();
            if (n is < 2 or > 3)
                throw new GeoJsonException(at, $"a position needs 2 or 3 numbers, got {n}");
            var v = Items(c, at, Number);
            return n == 2 ? new Coordinate(v[0], v[1]) : new CoordinateZ(v[0], v[1], v[2]);
        }

        static double Number(JsonElement e, string at)
        {
            if (e.ValueKind != JsonValueKind.Number)
                throw new GeoJsonException(at, e.ValueKind == JsonValueKind.String
                    ? $"expected a number, got the string {e.GetRawText()}"
                    : $"expected a number, got {Describe(e.ValueKind)}");
            // TryGetDouble fails for numbers beyond double's range, which would become ±Infinity.
            return e.TryGetDouble(out var d) && double.IsFinite(d) ? d
                : throw new GeoJsonException(at, $"{e.GetRawText()} is not a finite number");
        }

        static T[] Items<T>(JsonElement array, string at, Func<JsonElement, string, T> read)
        {
            var items = new T[array.GetArrayLength()];
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                items[i] = read(item, $"{at}[{i}]");
                i++;
            }
            return items;
        }
    }
}
