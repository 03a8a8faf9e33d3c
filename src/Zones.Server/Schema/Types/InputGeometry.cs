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
        return (Point)Checked(CrsConvert.ToWgs84(Wkb.FactoryFor(crs.Srid).CreatePoint(new Coordinate(x, y)), crs));
    }

    /// <summary>A GeometryInput used as a filter (zoneId is handled by the filter itself, as SQL).</summary>
    public static Geometry? Geometry(object? input, string? crsText)
    {
        var crs = GeometryTypes.ParseCrs(crsText);
        var map = (IReadOnlyDictionary<string, object?>)input!;
        try
        {
            Geometry? g = map.GetValueOrDefault("geojson") is { } json ? GeoJson.Read(json.ToString()!, crs.Srid)
                : map.GetValueOrDefault("wkt") is string wkt ? new WKTReader(Wkb.Services).Read(wkt)
                : map.GetValueOrDefault("point") is { } p ? Wkb.FactoryFor(crs.Srid).CreatePoint(new Coordinate(
                    Convert.ToDouble(((IReadOnlyDictionary<string, object?>)p)["lon"]), Convert.ToDouble(((IReadOnlyDictionary<string, object?>)p)["lat"])))
                : map.GetValueOrDefault("bbox") is IReadOnlyDictionary<string, object?> b ? Wkb.FactoryFor(crs.Srid).ToGeometry(new Envelope(
                    Convert.ToDouble(b["minLon"]), Convert.ToDouble(b["maxLon"]), Convert.ToDouble(b["minLat"]), Convert.ToDouble(b["maxLat"])))
                : throw new GraphQLError("zoneId is not accepted here: use the filter's zoneId.");
            return Checked(CrsConvert.ToWgs84(g, crs));
        }
        catch (Exception e) when (e is GeoJsonException or ParseException)
        {
            throw new GraphQLError($"Geometry input is not valid: {e.Message}");
        }
    }

    static Geometry Checked(Geometry g) => GeometryChecks.LonLatRange(g) is { } problem ? throw new GraphQLError(problem.Message) : g;
}
