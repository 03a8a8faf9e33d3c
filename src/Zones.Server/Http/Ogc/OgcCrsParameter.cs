using Zones.Server.Spatial;
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
        if (OgcCrs.TryParse(OgcParameters.Value(q["crs"]), out var crs, out var message))
            return crs;
        error = "crs: " + message;
        return OgcCrs.Crs84;
    }

    /// <summary>Names the CRS of the geometries in the response: <c>Content-Crs: &lt;uri&gt;</c>.</summary>
    public static void Announce(HttpContext http, OgcCrs crs) => http.Response.Headers["Content-Crs"] = crs.Header;
}
