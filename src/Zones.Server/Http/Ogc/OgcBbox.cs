using System.Globalization;
using Zones.Server.Spatial;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// <c>bbox</c> and <c>bbox-crs</c> of the items request (Part 1 /req/core/fc-bbox-definition,
/// Part 2 /req/crs/fc-bbox-crs-action): four numbers (or six, heights dropped) as lower corner,
/// upper corner, each in the axis order of <c>bbox-crs</c> — CRS84 longitude first, EPSG:4326 /
/// 4490 latitude first, the Gauss–Krüger zones northing first, EPSG:3857 easting first.
/// Spec: https://docs.ogc.org/is/18-058r1/18-058r1.html#_parameter_bbox_crs
/// </summary>
static class OgcBbox
{
    /// <summary>The box in the order sent, and its CRS; null box when none was sent. Sets <paramref name="error"/> on a bad value.</summary>
    public static (double[]? Box, OgcCrs Crs) Parse(string? raw, string? bboxCrs, ref string? error)
    {
        if (!OgcCrs.TryParse(bboxCrs, out var crs, out var crsError))
        {
            error = "bbox-crs: " + crsError;
            return (null, crs);
        }
        if (string.IsNullOrEmpty(raw))
            return (null, crs);
        var parts = raw.Split(',');
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) ||
                !double.IsFinite(values[i]))
            {
                error = $"bbox value {i + 1} ('{parts[i]}') is not a number. Use bbox={Order(crs)}.";
                return (null, crs);
            }
        }
        if (values.Length == 6) // a 3D box: drop the heights
            values = [values[0], values[1], values[3], values[4]];
        error = values.Length != 4 ? $"bbox needs 4 numbers ({Order(crs)}); got {parts.Length}." : Check(values, crs);
        return (error is null ? values : null, crs);
    }

    static string? Check(double[] v, OgcCrs crs)
    {
        if (crs.IsGeographic)
        {
            var (lon, lat) = crs.SwapsAxes ? ((v[1], v[3]), (v[0], v[2])) : ((v[0], v[2]), (v[1], v[3]));
            if (lon.Item1 < -180 || lon.Item2 > 180 || lat.Item1 < -90 || lat.Item2 > 90)
                return crs.SwapsAxes
                    ? $"bbox is outside latitude -90..90 / longitude -180..180: with bbox-crs {crs.Uri} latitude comes first ({Order(crs)})."
                    : "bbox is outside longitude -180..180 / latitude -90..90: coordinates are WGS84 degrees, longitude first.";
            if (lon.Item1 > lon.Item2 && !crs.SwapsAxes)
                return "bbox minLon is greater than maxLon (boxes across the antimeridian are not supported).";
        }
        return v[0] > v[2] || v[1] > v[3]
            ? $"bbox lower corner is above or right of the upper corner: the order is {Order(crs)}."
            : null;
    }

    // How the four numbers are written in this CRS, for messages.
    static string Order(OgcCrs crs) => crs switch
    {
        { IsGeographic: true, SwapsAxes: false } => "minLon,minLat,maxLon,maxLat",
        { IsGeographic: true } => "minLat,minLon,maxLat,maxLon",
        { SwapsAxes: true } => "minNorthing,minEasting,maxNorthing,maxEasting",
        _ => "minX,minY,maxX,maxY",
    };
}
