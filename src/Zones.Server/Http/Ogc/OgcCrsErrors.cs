using Npgsql;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// A <c>bbox</c> in a projected <c>bbox-crs</c> can lie outside where that projection is defined
/// (a Gauss–Krüger northing of 1e12): PROJ refuses it inside PostGIS. That is the client's value,
/// so it is a 400 that says so, not a 500.
/// </summary>
static class OgcCrsErrors
{
    /// <summary>Runs the count that opens an items answer; null after writing the 400 when PROJ refused the box.</summary>
    public static async Task<long?> CountAsync(HttpContext http, Func<Task<long>> count)
    {
        try
        {
            return await count();
        }
        // PostGIS reports every PROJ failure as XX000 "transform: …".
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InternalError && e.MessageText.StartsWith("transform", StringComparison.Ordinal))
        {
            await HttpErrors.WriteAsync(http, StatusCodes.Status400BadRequest, OgcJson.InvalidParameterValue,
                $"bbox 超出 bbox-crs 坐标系的适用范围，无法换算（{e.MessageText}）。请检查坐标顺序和单位（投影坐标为米，高斯–克吕格先北坐标后东坐标）。" +
                $"The bbox lies outside the area where bbox-crs can be transformed ({e.MessageText}): check the axis order and units.");
            return null;
        }
    }
}
