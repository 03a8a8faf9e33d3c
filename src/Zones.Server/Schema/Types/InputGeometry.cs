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
        var point = (Point)CrsConvert.ToWgs84(Wkb.FactoryFor(crs.Srid).CreatePoint(new Coordinate(x, y)), crs);
        return GeometryChecks.LonLatRange(point) is { } problem ? throw new GraphQLError(problem.Message) : point;
    }
}
