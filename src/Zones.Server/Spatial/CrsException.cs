namespace Zones.Server.Spatial;

/// <summary>
/// A coordinate reference system that we do not support, or coordinates that cannot be in the
/// CRS they were declared in. The message is meant for the API client, as is.
/// </summary>
sealed class CrsException(string message) : Exception(message)
{
    /// <summary>What <see cref="Crs.Parse"/> accepts, for error messages.</summary>
    public const string Accepted =
        "EPSG:4326 (WGS84), EPSG:4490 (CGCS2000), EPSG:3857 (WEB_MERCATOR), GCJ02, BD09, " +
        "EPSG:4513-4533 (CGCS2000_3_DEGREE_GK_ZONE_25 to _45, easting prefixed with the zone number), " +
        "EPSG:4534-4554 (CGCS2000_3_DEGREE_GK_CM_75E to _135E), " +
        "EPSG:4491-4501 (CGCS2000_GK_ZONE_13 to _23, 6-degree zones) and " +
        "EPSG:4502-4512 (CGCS2000_GK_CM_75E to _135E); " +
        "written as \"EPSG:4526\", \"4526\" or the name";

    /// <summary>The error for input that names no supported CRS.</summary>
    public static CrsException Unknown(string input) =>
        new($"Unknown CRS \"{input}\". Accepted: {Accepted}.");
}
