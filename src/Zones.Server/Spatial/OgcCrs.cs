using System.Globalization;

namespace Zones.Server.Spatial;

/// <summary>
/// A CRS as OGC API Features Part 2 names it (<c>http://www.opengis.net/def/crs/EPSG/0/4490</c>),
/// with the axis order the standard requires: coordinates are written and read in the CRS's own
/// axis order, so EPSG:4326 / 4490 are latitude-first and the Gauss–Krüger zones northing-first,
/// while CRS84 and EPSG:3857 are x-first.
/// </summary>
/// <param name="Uri">The OGC URI, as listed in collection metadata and sent in <c>Content-Crs</c>.</param>
/// <param name="Srid">The PostGIS SRID the coordinates are in (4326 for CRS84).</param>
/// <param name="SwapsAxes">The first axis is latitude or northing: PostGIS x/y must be swapped on the way out and in.</param>
sealed record OgcCrs(string Uri, int Srid, bool SwapsAxes)
{
    const string EpsgPrefix = "http://www.opengis.net/def/crs/EPSG/0/";

    /// <summary>The OGC URI of WGS84 longitude/latitude, the default of every CRS parameter.</summary>
    public const string Crs84Uri = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    /// <summary>WGS84 longitude/latitude: the default of every parameter, and how geometries are stored.</summary>
    public static OgcCrs Crs84 { get; } = new(Crs84Uri, 4326, false);

    /// <summary>Longitude/latitude degrees (CRS84, EPSG:4326, EPSG:4490) rather than metres.</summary>
    public bool IsGeographic => Srid is 4326 or 4490;

    /// <summary>
    /// Decimals written: 3 for metres and 8 for degrees (0.5 mm either way), so coordinates read
    /// back agree with PostGIS's <c>ST_Transform</c> within a millimetre (issue #16's proof). CRS84,
    /// the default every GeoJSON client reads, keeps the 7 decimals (about 1 cm) it always had.
    /// </summary>
    public int Decimals => this == Crs84 ? 7 : IsGeographic ? 8 : 3;

    /// <summary>The <c>Content-Crs</c> header value: the URI in angle brackets (Part 2, /req/crs/ogc-crs-header).</summary>
    public string Header => $"<{Uri}>";

    /// <summary>Every CRS the API offers: CRS84, EPSG:4326, EPSG:4490, EPSG:3857, the CGCS2000 Gauss–Krüger zones.</summary>
    public static IReadOnlyList<OgcCrs> Supported { get; } =
        [Crs84, .. Crs.All.Where(c => c.Epsg is not null).Select(c => Epsg(c.Srid))];

    /// <summary>
    /// Reads a CRS parameter: the OGC URI (http or https), a safe CURIE <c>[EPSG:4490]</c>,
    /// <c>EPSG:4490</c>, <c>urn:ogc:def:crs:EPSG::4490</c>, <c>CRS84</c> / <c>OGC:CRS84</c>.
    /// An empty value means CRS84. Returns false with a message that lists what is offered.
    /// </summary>
    public static bool TryParse(string? text, out OgcCrs crs, out string error)
    {
        (crs, error) = (Crs84, "");
        var t = (text ?? "").Trim();
        if (t.Length == 0)
            return true;
        if (t.StartsWith('[') && t.EndsWith(']'))
            t = t[1..^1];
        var http = t.Replace("https://", "http://", StringComparison.OrdinalIgnoreCase);
        if (http.Equals(Crs84Uri, StringComparison.OrdinalIgnoreCase) ||
            http.Equals("http://www.opengis.net/def/crs/OGC/0/CRS84", StringComparison.OrdinalIgnoreCase) ||
            t.Equals("CRS84", StringComparison.OrdinalIgnoreCase) || t.Equals("OGC:CRS84", StringComparison.OrdinalIgnoreCase))
            return true;
        var code = http.StartsWith(EpsgPrefix, StringComparison.OrdinalIgnoreCase) ? http[EpsgPrefix.Length..]
            : t.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase) ? t[5..]
            : t.StartsWith("urn:ogc:def:crs:EPSG::", StringComparison.OrdinalIgnoreCase) ? t[22..]
            : null;
        if (code is not null && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var srid) &&
            Supported.FirstOrDefault(c => c.Srid == srid && c != Crs84) is { } found)
        {
            crs = found;
            return true;
        }
        error = $"不支持坐标系“{text}”。可用：CRS84（经度、纬度）、EPSG:4326、EPSG:4490（CGCS2000）、EPSG:3857、" +
                $"EPSG:4491–4554（CGCS2000 高斯–克吕格投影带），写作 {EpsgPrefix}4490 或 EPSG:4490。" +
                $"Unsupported CRS '{text}': use {Crs84Uri}, or {EpsgPrefix}<code> for EPSG 4326, 4490, 3857 or 4491–4554.";
        return false;
    }

    static OgcCrs Epsg(int srid) => new(EpsgPrefix + srid.ToString(CultureInfo.InvariantCulture), srid,
        // EPSG:3857 is easting/northing; the geographic CRSs are latitude/longitude and the
        // CGCS2000 Gauss–Krüger CRSs (4491–4554) northing/easting in the EPSG database.
        SwapsAxes: srid != 3857);
}
