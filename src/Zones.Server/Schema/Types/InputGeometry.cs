using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Zones.GraphQL;
using Zones.Server.Spatial;

namespace Zones.Server.Schema.Types;

/// <summary>Turns PointInput / GeometryInput values (in their crs) into WGS84 NTS geometries, or a clear GraphQL error.</summary>
static class InputGeometry
{
    public static Point Point(object? input, string? crsText)
    {
        var crs = GeometryTypes.ParseCrs(crsText);
        var map = (IReadOnlyDictionary<string, object?>)input!;
        var (x, y) = (Convert.ToDouble(map["lon"]), Convert.ToDouble(map["lat"]));
        return (Point)Checked(StorageGeometry.FactoryFor(crs.Srid).CreatePoint(new Coordinate(x, y)), crs);
    }

    /// <summary>A GeometryInput used as a filter (zoneId is handled by the filter itself, as SQL).</summary>
    public static Geometry? Geometry(object? input, string? crsText)
    {
        var crs = GeometryTypes.ParseCrs(crsText);
        var map = (IReadOnlyDictionary<string, object?>)input!;
        try
        {
            Geometry? g = map.GetValueOrDefault("geojson") is { } json ? GeoJson.Read(json.ToString()!, crs.Srid)
                : map.GetValueOrDefault("wkt") is string wkt ? new WKTReader(StorageGeometry.Services).Read(wkt)
                : map.GetValueOrDefault("point") is { } p ? StorageGeometry.FactoryFor(crs.Srid).CreatePoint(new Coordinate(
                    Convert.ToDouble(((IReadOnlyDictionary<string, object?>)p)["lon"]), Convert.ToDouble(((IReadOnlyDictionary<string, object?>)p)["lat"])))
                : map.GetValueOrDefault("bbox") is IReadOnlyDictionary<string, object?> b ? StorageGeometry.FactoryFor(crs.Srid).ToGeometry(Box(b))
                : throw new GraphQLError("zoneId is not accepted here: use the filter's zoneId.");
            return Checked(g, crs);
        }
        catch (Exception e) when (e is GeoJsonException or ParseException or ArgumentException)
        {
            throw new GraphQLError($"Geometry input is not valid: {e.Message}");
        }
    }

    /// <summary>The geometry in WGS84, or a GraphQL error when it is malformed, cannot be converted or is off the globe.</summary>
    static Geometry Checked(Geometry g, Crs crs)
    {
        if (GeometryChecks.Structure(g) is { } malformed)
            throw new GraphQLError($"Geometry input is not valid: {malformed.Message}.");
        Geometry wgs84;
        try
        {
            wgs84 = CrsConvert.ToWgs84(g, crs);
        }
        catch (CrsException e)
        {
            throw new GraphQLError(e.Message);
        }
        if (GeometryChecks.LonLatRange(wgs84) is { } problem)
            throw new GraphQLError(problem.Message);
        // A self-intersecting filter polygon makes PostGIS guess (or fail with a TopologyException).
        return GeometryChecks.Validity(wgs84) is { } invalid ? throw new GraphQLError($"Geometry input is not valid: {invalid.Message}.") : wgs84;
    }

    /// <summary>
    /// A BBoxInput as an envelope; min above max is refused rather than swapped (NTS would swap
    /// silently), since it most often means the four numbers are in the wrong order.
    /// </summary>
    public static Envelope Box(IReadOnlyDictionary<string, object?> b)
    {
        var (minLon, minLat, maxLon, maxLat) = (Convert.ToDouble(b["minLon"]), Convert.ToDouble(b["minLat"]),
                                                Convert.ToDouble(b["maxLon"]), Convert.ToDouble(b["maxLat"]));
        if (minLon > maxLon || minLat > maxLat)
            throw new GraphQLError($"bbox is upside down: minLon ({minLon}) must not exceed maxLon ({maxLon}), nor minLat ({minLat}) maxLat ({maxLat}).");
        return new Envelope(minLon, maxLon, minLat, maxLat);
    }
}
