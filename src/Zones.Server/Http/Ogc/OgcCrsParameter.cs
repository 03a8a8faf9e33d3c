using Microsoft.Extensions.Primitives;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// The <c>crs</c> query parameter of items and item (Part 2 /req/crs/fc-md-crs-list-global and
/// /req/crs/ogc-crs-header): the CRS to write geometries in, announced back in <c>Content-Crs</c>.
/// </summary>
static class OgcCrsParameter
{
    /// <summary>The asked-for CRS, CRS84 when none; sets <paramref name="error"/> when it is not offered.</summary>
    public static OgcCrs Parse(IQueryCollection q, ref string? error)
    {
        if (OgcCrs.TryParse(Value(q["crs"]), out var crs, out var message))
            return crs;
        error = "crs: " + message;
        return OgcCrs.Crs84;
    }

    /// <summary>
    /// The parameter's value when every repetition agrees. GDAL's OAPIF driver, opened on
    /// <c>/collections/{id}?crs=…</c>, appends that query to each <c>next</c> link, which already
    /// carries it: <c>crs=A&amp;…&amp;crs=A</c> is one request for A. Values that differ stay joined and are refused.
    /// </summary>
    public static string Value(StringValues values) =>
        values.Distinct(StringComparer.Ordinal).Count() == 1 ? values[0]! : values.ToString();

    /// <summary>Names the CRS of the geometries in the response: <c>Content-Crs: &lt;uri&gt;</c>.</summary>
    public static void Announce(HttpContext http, OgcCrs crs) => http.Response.Headers["Content-Crs"] = crs.Header;
}
