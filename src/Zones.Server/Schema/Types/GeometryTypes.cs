using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Zones.GraphQL;
using Zones.GraphQL.Types;
using Zones.Server.Spatial;

namespace Zones.Server.Schema.Types;

/// <summary>A stored geometry (WGS84) with the measures PostGIS computed on the spheroid.</summary>
public sealed record GeometryValue(Geometry Geometry, double? AreaM2 = null, double? LengthM = null);

/// <summary>GeoJSON written straight into the response (no string to parse back into a JSON tree).</summary>
sealed record GeoJsonValue(Geometry Geometry, int Decimals) : Zones.GraphQL.Execution.IJsonWritable
{
    public void WriteJson(System.Text.Json.Utf8JsonWriter writer) => GeoJson.Write(writer, Geometry, Decimals);

    public override string ToString() => GeoJson.Write(Geometry, Decimals);
}

/// <summary>
/// Geometry out (GeoJSON, WKT, lon/lat, bbox, area, length — in any supported CRS) and in
/// (<c>GeometryInput</c>, exactly one encoding, with a <c>crs</c>).
/// </summary>
public static class GeometryTypes
{
    const string CrsHelp = "WGS84 (default), CGCS2000 / EPSG:4490, EPSG:4513–4554 (CGCS2000 3° Gauss–Krüger), EPSG:3857, GCJ02, BD09.";

    public static readonly EnumType GeometryKind = new("GeometryKind", e =>
    {
        foreach (var kind in new[] { "Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon", "GeometryCollection" })
            e.Value(EnumTypeBuilder.UpperSnake(kind), kind);
    });

    public static readonly ObjectType GeometryOut = new("Geometry", t =>
    {
        t.Description("A geometry. Output CRS per field: " + CrsHelp);
        t.Field("kind", "GeometryKind!", g => ((GeometryValue)g!).Geometry.GeometryType);
        t.Field("geojson", "GeoJSON!", With((g, args) => new GeoJsonValue(In(g, args), Decimals(args))))
            .Argument("crs", "String", "WGS84", CrsHelp).Argument("decimals", "Int", 7, "Digits after the point (7 ≈ 1 cm in degrees; use 3 for metres).");
        t.Field("wkt", "String!", With((g, args) => new WKTWriter { MaxCoordinatesPerLine = int.MaxValue }.Write(Round(In(g, args), Decimals(args)))))
            .Argument("crs", "String", "WGS84", CrsHelp).Argument("decimals", "Int", 7);
        t.Field("lon", "Float", With((g, args) => In(g, args) is Point p ? p.X : null))
            .Argument("crs", "String", "WGS84", CrsHelp).Description("Longitude (or easting in a projected CRS) of a point; null for other kinds.");
        t.Field("lat", "Float", With((g, args) => In(g, args) is Point p ? p.Y : null))
            .Argument("crs", "String", "WGS84", CrsHelp).Description("Latitude (or northing) of a point; null for other kinds.");
        t.Field("bbox", "[Float!]!", g => Bbox(((GeometryValue)g!).Geometry)).Description("[minLon, minLat, maxLon, maxLat] in WGS84.");
        t.Field("areaM2", "Float", g => ((GeometryValue)g!).AreaM2).Description("Area in m² on the spheroid (polygons).");
        t.Field("lengthM", "Float", g => ((GeometryValue)g!).LengthM).Description("Length in m on the spheroid (lines).");
    });

    public static readonly InputObjectType PointInput = new("PointInput", t =>
    {
        t.Description("A point: lon/lat in degrees, or x/y (easting/northing) in a projected crs.");
        t.Field("lon", "Float!");
        t.Field("lat", "Float!");
    });

    public static readonly InputObjectType BBoxInput = new("BBoxInput", t =>
    {
        t.Field("minLon", "Float!");
        t.Field("minLat", "Float!");
        t.Field("maxLon", "Float!");
        t.Field("maxLat", "Float!");
    });

    public static readonly InputObjectType GeometryInput = new("GeometryInput", t =>
    {
        t.Description("A geometry in exactly one encoding. Coordinates are in the crs given beside it.");
        t.OneOf();
        t.Field("geojson", "GeoJSON", "An RFC 7946 geometry object.");
        t.Field("wkt", "String", "Well-known text, e.g. POLYGON((…)).");
        t.Field("point", "PointInput");
        t.Field("bbox", "BBoxInput");
        t.Field("zoneId", "ID", "Reuse a stored zone's boundary.");
    });

    public static IEnumerable<NamedType> All => [GeometryKind, GeometryOut, PointInput, BBoxInput, GeometryInput];

    /// <summary>A synchronous resolver that needs the field's arguments.</summary>
    static Func<object?, IReadOnlyDictionary<string, object?>, Zones.GraphQL.Execution.ResolveContext, ValueTask<object?>> With(
        Func<object?, IReadOnlyDictionary<string, object?>, object?> resolve) => (g, args, _) => new ValueTask<object?>(resolve(g, args));

    static Geometry In(object? g, IReadOnlyDictionary<string, object?> args) =>
        CrsConvert.FromWgs84(((GeometryValue)g!).Geometry, ParseCrs(args.GetValueOrDefault("crs") as string));

    static int Decimals(IReadOnlyDictionary<string, object?> args) =>
        args.GetValueOrDefault("decimals") is int d and >= 0 and <= 15 ? d
            : throw new GraphQLError("decimals must be between 0 and 15.");

    /// <summary>Parses a crs argument; an unknown one becomes a field error that lists what is accepted.</summary>
    internal static Crs ParseCrs(string? text)
    {
        try
        {
            return text is null ? Crs.Wgs84 : Crs.Parse(text);
        }
        catch (CrsException e)
        {
            throw new GraphQLError(e.Message);
        }
    }

    static Geometry Round(Geometry g, int decimals)
    {
        var copy = g.Copy();
        var scale = Math.Pow(10, decimals);
        copy.Apply(new RoundFilter(scale));
        return copy;
    }

    static double[] Bbox(Geometry g) => [g.EnvelopeInternal.MinX, g.EnvelopeInternal.MinY, g.EnvelopeInternal.MaxX, g.EnvelopeInternal.MaxY];

    sealed class RoundFilter(double scale) : ICoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            seq.SetX(i, Math.Round(seq.GetX(i) * scale) / scale);
            seq.SetY(i, Math.Round(seq.GetY(i) * scale) / scale);
        }
    }
}
