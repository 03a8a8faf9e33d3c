using System.Globalization;

namespace Zones.Server.Spatial;

/// <summary>
/// A CGCS2000 Gauss–Krüger zone with an EPSG code: 3° zones 25–45 (central meridians 75°E–135°E,
/// EPSG:4513–4533 with the zone number prefixed to the easting, EPSG:4534–4554 without), and the
/// 6° zones 13–23 (EPSG:4491–4501 prefixed, EPSG:4502–4512 without) that older survey files use.
/// </summary>
/// <remarks>
/// Parameters as in the EPSG registry (and PostGIS's spatial_ref_sys): Transverse Mercator,
/// latitude of origin 0, scale factor 1, false easting 500 000 m (+ zone × 1 000 000 m for the
/// prefixed codes), false northing 0, GRS 1980 / CGCS2000 ellipsoid. EPSG lists these CRSs with
/// northing first; we use x = easting, y = northing, as PostGIS, GeoJSON and WKT do.
/// </remarks>
sealed record GaussKrugerZone(int Width, int Number, bool ZonePrefix)
{
    // First EPSG code and first zone number of each family.
    const int Prefixed3 = 4513, Plain3 = 4534, First3 = 25;
    const int Prefixed6 = 4491, Plain6 = 4502, First6 = 13;
    const int ZoneCount3 = 21, ZoneCount6 = 11;

    /// <summary>Every zone we support, in EPSG code order.</summary>
    public static IReadOnlyList<GaussKrugerZone> All { get; } =
        Enumerable.Range(Prefixed6, Plain3 + ZoneCount3 - Prefixed6).Select(c => FromEpsg(c)!).ToArray();

    /// <summary>Central meridian in degrees east.</summary>
    public double CentralMeridian => Width == 3 ? 3 * Number : 6 * Number - 3;

    /// <summary>False easting in metres: 500 km, plus the zone number in millions when prefixed.</summary>
    public double FalseEasting => 500_000 + (ZonePrefix ? Number * 1_000_000.0 : 0);

    /// <summary>The EPSG code.</summary>
    public int Epsg => (Width, ZonePrefix) switch
    {
        (3, true) => Prefixed3 + Number - First3,
        (3, false) => Plain3 + Number - First3,
        (_, true) => Prefixed6 + Number - First6,
        _ => Plain6 + Number - First6,
    };

    /// <summary>Our UPPER_SNAKE name, built from the EPSG name ("CGCS2000 / 3-degree Gauss-Kruger zone 39").</summary>
    public string Name => (Width == 3 ? "CGCS2000_3_DEGREE_GK_" : "CGCS2000_GK_") +
                          (ZonePrefix ? $"ZONE_{Number}" : $"CM_{CentralMeridian}E");

    /// <summary>The zone for an EPSG code in 4491–4554, or null.</summary>
    public static GaussKrugerZone? FromEpsg(int code) => code switch
    {
        >= Plain3 and < Plain3 + ZoneCount3 => new(3, code - Plain3 + First3, false),
        >= Prefixed3 => code < Prefixed3 + ZoneCount3 ? new(3, code - Prefixed3 + First3, true) : null,
        >= Plain6 => new(6, code - Plain6 + First6, false),
        >= Prefixed6 => new(6, code - Prefixed6 + First6, true),
        _ => null,
    };

    /// <summary>
    /// The 3° zone whose central meridian is nearest to <paramref name="lon"/> (zone = round(lon / 3),
    /// halves rounded away from zero), so metric work happens where the projection is most accurate.
    /// </summary>
    /// <exception cref="CrsException">The longitude is outside the zones that cover China (73.5°E–136.5°E).</exception>
    public static GaussKrugerZone ForLongitude(double lon, bool zonePrefix = false)
    {
        var number = Math.Round(lon / 3, MidpointRounding.AwayFromZero);
        if (double.IsNaN(number) || number < First3 || number >= First3 + ZoneCount3)
            throw new CrsException(
                $"Longitude {lon.ToString(CultureInfo.InvariantCulture)} is outside the CGCS2000 3-degree " +
                "Gauss-Kruger zones, which cover 73.5E to 136.5E.");
        return new GaussKrugerZone(3, (int)number, zonePrefix);
    }

    /// <summary>OGC WKT 1 for ProjNet, with the same parameters as PostGIS's spatial_ref_sys.</summary>
    public string ToWkt() => string.Create(CultureInfo.InvariantCulture, $$"""
        PROJCS["{{Name}}",
          GEOGCS["China Geodetic Coordinate System 2000",
            DATUM["China_2000", SPHEROID["CGCS2000", 6378137, 298.257222101]],
            PRIMEM["Greenwich", 0], UNIT["degree", 0.0174532925199433]],
          PROJECTION["Transverse_Mercator"],
          PARAMETER["latitude_of_origin", 0], PARAMETER["central_meridian", {{CentralMeridian}}],
          PARAMETER["scale_factor", 1], PARAMETER["false_easting", {{FalseEasting}}],
          PARAMETER["false_northing", 0],
          UNIT["metre", 1], AXIS["Easting", EAST], AXIS["Northing", NORTH],
          AUTHORITY["EPSG", "{{Epsg}}"]]
        """);
}
