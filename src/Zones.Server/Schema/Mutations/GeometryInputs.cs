using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Zones.GraphQL.Execution;
using Zones.Server.Data;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Query;
using Zones.Server.Spatial;

namespace Zones.Server.Schema.Mutations;

/// <summary>A geometry read from a mutation's input, or the typed error that says why it could not be.</summary>
readonly record struct GeometryRead(Geometry? Geometry, UserError? Error);

/// <summary>
/// Turns a <c>GeometryInput</c> (geojson | wkt | point | bbox | zoneId) given in a <c>crs</c> into a
/// WGS84 NTS geometry; what cannot be read becomes an <see cref="InvalidGeometryError"/> (or an
/// <see cref="InvalidInputError"/> for an unknown crs, a <see cref="NotFoundError"/> for a zoneId)
/// at the input's field key, returned in the payload rather than as a top-level error.
/// </summary>
static class GeometryInputs
{
    /// <summary>Reads <c>input[field]</c> in <c>input.crs</c>; errors name the field <paramref name="key"/> (default <paramref name="field"/>, e.g. <c>edits.3.boundary</c>).</summary>
    public static async Task<GeometryRead> ReadAsync(ResolveContext ctx, IReadOnlyDictionary<string, object?> input, string field,
                                                     string? crsText, string? key = null)
    {
        key ??= field;
        Crs crs;
        try
        {
            crs = crsText is null ? Crs.Wgs84 : Crs.Parse(crsText);
        }
        catch (CrsException e)
        {
            return new(null, new InvalidInputError($"坐标系“{crsText}”无效。{e.Message}", Sibling(key, "crs")));
        }
        var map = MutationKit.Map(input[field]);
        if (map.ContainsKey("zoneId"))
            return await ZoneBoundaryAsync(ctx, map.Id("zoneId"), key);
        Geometry g;
        try
        {
            var factory = StorageGeometry.FactoryFor(crs.Srid);
            g = map.GetValueOrDefault("geojson") is { } json ? GeoJson.Read(json.ToString()!, crs.Srid)
                : map.Text("wkt") is { } wkt ? new WKTReader(StorageGeometry.Services).Read(wkt)
                : map.GetValueOrDefault("point") is { } p ? factory.CreatePoint(new Coordinate(Number(p, "lon"), Number(p, "lat")))
                : factory.ToGeometry(Types.InputGeometry.Box(MutationKit.Map(map["bbox"])));
        }
        catch (Exception e) when (e is GeoJsonException or ParseException or ArgumentException or Zones.GraphQL.GraphQLError)
        {
            return new(null, new InvalidGeometryError($"无法读取该几何：{e.Message}。请检查其格式。The geometry cannot be read: {e.Message}.",
                                                      "Unreadable", null, null, key));
        }
        if (GeometryChecks.Structure(g) is { } malformed)
            return new(null, new InvalidGeometryError($"几何不完整：{malformed.Message}。The geometry is malformed: {malformed.Message}.",
                                                      "Malformed", At(malformed), null, key));
        Geometry wgs84;
        try
        {
            wgs84 = CrsConvert.ToWgs84(g, crs);
        }
        catch (CrsException e)
        {
            return new(null, new InvalidGeometryError($"坐标无法从 {crs} 转换（请确认 crs 与坐标一致）。{e.Message}",
                                                      "Coordinate conversion failed", null, null, key));
        }
        return GeometryChecks.LonLatRange(wgs84) is { } problem
            ? new(null, new InvalidGeometryError(
                $"坐标超出经纬度范围（请确认 crs 与坐标一致）。{problem.Message}.", "Coordinate out of range",
                At(problem), null, key))
            : new(wgs84, null);
    }

    static Point? At(GeometryProblem problem) =>
        problem.Location is { } c && double.IsFinite(c.X) && double.IsFinite(c.Y) ? StorageGeometry.Factory.CreatePoint(c) : null;

    /// <summary>Reads a point (a GeometryInput that must be a Point), else a <see cref="GeometryTypeError"/>.</summary>
    public static async Task<GeometryRead> ReadPointAsync(ResolveContext ctx, IReadOnlyDictionary<string, object?> input, string field,
                                                          string? crsText)
    {
        var read = await ReadAsync(ctx, input, field, crsText);
        return read.Geometry is null or Point ? read : new(null, GeometryTypeError.Of(read.Geometry, ["Point"], field));
    }

    // The key of a field beside the one at key: edits.3.boundary → edits.3.crs.
    static string Sibling(string key, string name) => key.LastIndexOf('.') is var dot and >= 0 ? key[..(dot + 1)] + name : name;

    static async Task<GeometryRead> ZoneBoundaryAsync(ResolveContext ctx, long? id, string key)
    {
        var rows = await ctx.Get<ListQuery>().ByIdsAsync(Sources.Zones, [id ?? -1], z => z.Id, ctx.CancellationToken);
        return rows.Values.FirstOrDefault() is { } zone
            ? new(zone.Geometry, null)
            : new(null, Problems.ZoneNotFound(id ?? -1, key + ".zoneId"));
    }

    static double Number(object? map, string name) => Convert.ToDouble(MutationKit.Map(map)[name]);
}
