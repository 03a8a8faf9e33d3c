using NetTopologySuite.Geometries;
using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.Query;
using Zones.Server.Spatial;

namespace Zones.Server.Schema.Types;

/// <summary>
/// <c>SpatialFilter</c>: where a row's geometry must be (AND of the given parts), and the
/// <c>near</c> point that distance sorting and <c>distanceM</c> measure from.
/// </summary>
public static class SpatialFilterInput
{
    public static readonly InputObjectType Type = new("SpatialFilter", t =>
    {
        t.Description("Where rows must be. All given parts must hold. Geometries are in crs (default WGS84).");
        t.Field("within", "GeometryInput", "Rows inside this geometry (ST_Within).");
        t.Field("intersects", "GeometryInput", "Rows touching this geometry (ST_Intersects).");
        t.Field("zoneId", "ID", "Rows in this stored zone.");
        t.Field("bbox", "BBoxInput", "Rows in this lon/lat box.");
        t.Field("near", "PointInput", "Origin for withinMeters, distance sorting and distanceM.");
        t.Field("withinMeters", "Float", "Rows within this many metres of near (ST_DWithin on geography).");
        t.Field("crs", "String", defaultValue: "WGS84", description: "CRS of every coordinate in this filter.");
    });

    /// <summary>Reads the filter argument into SQL; returns the distance origin (null without 'near').</summary>
    public static Point? Apply(ResolveContext ctx, SqlWhere where, string argument = "where")
    {
        if (ctx.Arguments.GetValueOrDefault(argument) is not IReadOnlyDictionary<string, object?> f)
            return null;
        var crs = f.GetValueOrDefault("crs") as string;
        var near = f.GetValueOrDefault("near") is { } n ? InputGeometry.Point(n, crs) : null;
        var meters = f.GetValueOrDefault("withinMeters") is { } m ? Convert.ToDouble(m) : (double?)null;
        if (meters is not null && near is null)
            throw new GraphQLError("withinMeters needs a near point: pass where: {near: {lon, lat}, withinMeters: 200}.");
        if (meters is < 0)
            throw new GraphQLError("withinMeters must be ≥ 0.");
        new SpatialFilter(
            Within: Geometry(f, "within", crs), Intersects: Geometry(f, "intersects", crs),
            ZoneId: Resolvers.Id("zoneId", f.GetValueOrDefault("zoneId")), Box: Box(f.GetValueOrDefault("bbox")),
            Near: near, WithinMeters: meters).AppendTo(where);
        return near;
    }

    static Geometry? Geometry(IReadOnlyDictionary<string, object?> f, string key, string? crs) =>
        f.GetValueOrDefault(key) is { } g ? InputGeometry.Geometry(g, crs) : null;

    static Envelope? Box(object? b) => b is IReadOnlyDictionary<string, object?> m
        ? new Envelope(Convert.ToDouble(m["minLon"]), Convert.ToDouble(m["maxLon"]), Convert.ToDouble(m["minLat"]), Convert.ToDouble(m["maxLat"]))
        : null;
}
