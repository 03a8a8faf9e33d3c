using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Zones.Server.Spatial;

/// <summary>A problem found in a geometry: a message for the API client and where it is.</summary>
/// <param name="Message">The reason, with the location written out.</param>
/// <param name="Location">The coordinate at fault, when there is one.</param>
sealed record GeometryProblem(string Message, Coordinate? Location);

/// <summary>
/// Checks run on submitted geometry before it is stored: OGC validity (NTS <c>IsValidOp</c>,
/// the same rules as PostGIS <c>ST_IsValid</c>), lon/lat ranges with hints for the usual
/// mistakes (swapped axes, projected metres sent as degrees), and a coarse "is it in China".
/// </summary>
static class GeometryChecks
{
    // Web Mercator's x range, the largest easting a 3857 coordinate can have.
    const double MercatorMaxX = 20_037_508.3428;

    /// <summary>The first OGC validity error, e.g. "Self-intersection at 116.5, 39.5", or null when valid.</summary>
    public static GeometryProblem? Validity(Geometry geometry)
    {
        var error = new IsValidOp(geometry).ValidationError;
        if (error is null)
            return null;
        var at = error.Coordinate is { } c ? $" at {Format(c)}" : "";
        return new GeometryProblem(error.Message + at, error.Coordinate);
    }

    /// <summary>
    /// What PostGIS would refuse as malformed rather than invalid: an empty geometry, a coordinate
    /// that is NaN or infinite, a line of fewer than 2 points, a ring of fewer than 4 points or one
    /// that does not close. NTS's WKT and GeoJSON readers accept all of these; PostGIS answers
    /// them with an internal error (XX000), so they are caught here first.
    /// </summary>
    public static GeometryProblem? Structure(Geometry geometry)
    {
        if (geometry.IsEmpty)
            return new GeometryProblem($"The {geometry.GeometryType} is empty: give at least one coordinate", null);
        if (geometry.Coordinates.FirstOrDefault(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y)) is { } bad)
            return new GeometryProblem($"Coordinate {Format(bad)} is not a finite number (NaN or Infinity)", bad);
        for (var i = 0; i < geometry.NumGeometries; i++)
            if (PartProblem(geometry.GetGeometryN(i)) is { } problem)
                return problem;
        return null;
    }

    static GeometryProblem? PartProblem(Geometry part) => part switch
    {
        Polygon p => new[] { p.ExteriorRing }.Concat(p.InteriorRings).Select(RingProblem).FirstOrDefault(r => r is not null),
        LineString { NumPoints: < 2 } l => new GeometryProblem($"A line needs at least 2 points; this one has {l.NumPoints}", l.Coordinate),
        GeometryCollection c => Structure(c),
        _ => null,
    };

    static GeometryProblem? RingProblem(LineString ring) =>
        ring.NumPoints < 4
            ? new GeometryProblem($"A polygon ring needs at least 4 points (the last repeating the first); this one has {ring.NumPoints}", ring.Coordinate)
            : !ring.StartPoint.Coordinate.Equals2D(ring.EndPoint.Coordinate)
                ? new GeometryProblem($"The polygon ring starting at {Format(ring.StartPoint.Coordinate)} is not closed: repeat the first point at the end", ring.StartPoint.Coordinate)
                : null;

    /// <summary>
    /// The first coordinate that is not a longitude in −180..180 and a latitude in −90..90, with a
    /// hint when the axes look swapped or the values look like metres; null when all are in range.
    /// </summary>
    public static GeometryProblem? LonLatRange(Geometry geometry)
    {
        foreach (var c in geometry.Coordinates)
            if (!(Math.Abs(c.X) <= 180 && Math.Abs(c.Y) <= 90))
                return new GeometryProblem(
                    $"Coordinate {Format(c)} is not a longitude/latitude (longitude -180..180, latitude -90..90){Hint(c)}", c);
        return null;
    }

    /// <summary>
    /// True when every coordinate lies in the rectangle where GCJ-02 applies (72.004°E–137.8347°E,
    /// 0.8293°N–55.8271°N). Coarse: it also covers neighbours (Mongolia, the Koreas, much of
    /// South-East Asia); it catches swapped axes, wrong CRSs and zero coordinates.
    /// </summary>
    public static bool LooksLikeChina(Geometry geometry) =>
        !geometry.IsEmpty && geometry.Coordinates.All(c => !ChinaOffsets.OutOfChina(c.X, c.Y));

    /// <summary>The first coordinate outside China's rectangle (see <see cref="LooksLikeChina"/>), or null.</summary>
    public static GeometryProblem? OutsideChina(Geometry geometry)
    {
        var c = geometry.Coordinates.FirstOrDefault(c => ChinaOffsets.OutOfChina(c.X, c.Y));
        if (c is null)
            return null;
        var hint = ChinaOffsets.OutOfChina(c.Y, c.X) ? "" : "; longitude and latitude look swapped: put longitude first";
        return new GeometryProblem($"Coordinate {Format(c)} is outside China{hint}", c);
    }

    static string Hint(Coordinate c)
    {
        if (Math.Abs(c.X) <= 90 && Math.Abs(c.Y) is > 90 and <= 180)
            return "; the values look swapped: put longitude first ([lon, lat])";
        if (Math.Abs(c.X) < 1000 && Math.Abs(c.Y) < 1000)
            return "";
        return $"; this looks like metres in a projected CRS; pass crs: {ProjectedGuess(c.X)}";
    }

    /// <summary>Which projected CRS an easting suggests. Prefixed Gauss–Krüger eastings carry their zone.</summary>
    static string ProjectedGuess(double x)
    {
        var prefix = (int)Math.Floor(x / 1_000_000);
        if (prefix is >= 25 and <= 45)
            return $"EPSG:{new GaussKrugerZone(3, prefix, true).Epsg} (CGCS2000 3-degree Gauss-Kruger zone {prefix})";
        if (x is > 0 and < 1_000_000)
            return "EPSG:4534-4554 (CGCS2000 3-degree Gauss-Kruger without zone prefix, by central meridian)";
        var mercator = Math.Abs(x) <= MercatorMaxX;
        if (prefix is >= 13 and <= 23)
            return (mercator ? "EPSG:3857 (Web Mercator) or " : "") +
                   $"EPSG:{new GaussKrugerZone(6, prefix, true).Epsg} (CGCS2000 6-degree Gauss-Kruger zone {prefix})";
        return mercator ? "EPSG:3857 (Web Mercator)" : "the EPSG code of the data's projected CRS";
    }

    static string Format(Coordinate c) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.X:0.#######}, {c.Y:0.#######}");
}
