using System.Collections.Frozen;
using System.Globalization;

namespace Zones.Server.Spatial;

/// <summary>The families of coordinate reference systems the API accepts.</summary>
enum CrsKind
{
    /// <summary>WGS84 longitude/latitude (EPSG:4326), the storage CRS.</summary>
    Wgs84,
    /// <summary>CGCS2000 longitude/latitude (EPSG:4490); equal to WGS84 to centimetres.</summary>
    Cgcs2000,
    /// <summary>Spherical Web Mercator metres (EPSG:3857).</summary>
    WebMercator,
    /// <summary>GCJ-02 longitude/latitude (AMap, Tencent); not an EPSG system.</summary>
    Gcj02,
    /// <summary>BD-09 longitude/latitude (Baidu); not an EPSG system.</summary>
    Bd09,
    /// <summary>A CGCS2000 Gauss–Krüger zone, easting/northing in metres.</summary>
    GaussKruger,
}

/// <summary>
/// A coordinate reference system named in the API's <c>crs</c> argument.
/// </summary>
/// <remarks>
/// <see cref="Parse"/> accepts, ignoring case and surrounding blanks: an EPSG code as
/// <c>"EPSG:4526"</c>, <c>"4526"</c> or <c>"urn:ogc:def:crs:EPSG::4526"</c>; <c>"CRS84"</c> and
/// <c>"OGC:CRS84"</c> (= WGS84); or a <see cref="Name"/> such as <c>WGS84</c>, <c>CGCS2000</c>,
/// <c>WEB_MERCATOR</c>, <c>GCJ02</c>, <c>BD09</c>, <c>CGCS2000_3_DEGREE_GK_ZONE_39</c> or
/// <c>CGCS2000_3_DEGREE_GK_CM_117E</c>, where "-" and "_" may be left out or swapped
/// (<c>GCJ-02</c>, <c>WebMercator</c>). CGCS2000 is treated as identical to WGS84, as
/// DESIGN.md decides: the two frames differ by a few centimetres.
/// </remarks>
sealed record Crs
{
    Crs(CrsKind kind, int? epsg, string name, GaussKrugerZone? zone = null) =>
        (Kind, Epsg, Name, Zone) = (kind, epsg, name, zone);

    /// <summary>EPSG:4326, longitude/latitude.</summary>
    public static Crs Wgs84 { get; } = new(CrsKind.Wgs84, 4326, "WGS84");
    /// <summary>EPSG:4490, longitude/latitude.</summary>
    public static Crs Cgcs2000 { get; } = new(CrsKind.Cgcs2000, 4490, "CGCS2000");
    /// <summary>EPSG:3857, metres.</summary>
    public static Crs WebMercator { get; } = new(CrsKind.WebMercator, 3857, "WEB_MERCATOR");
    /// <summary>GCJ-02 longitude/latitude.</summary>
    public static Crs Gcj02 { get; } = new(CrsKind.Gcj02, null, "GCJ02");
    /// <summary>BD-09 longitude/latitude.</summary>
    public static Crs Bd09 { get; } = new(CrsKind.Bd09, null, "BD09");

    /// <summary>Every supported CRS: the five above, then the Gauss–Krüger zones by EPSG code.</summary>
    public static IReadOnlyList<Crs> All { get; } =
        [Wgs84, Cgcs2000, WebMercator, Gcj02, Bd09, .. GaussKrugerZone.All.Select(Of)];

    static readonly FrozenDictionary<string, Crs> _byName =
        All.ToFrozenDictionary(c => Normalize(c.Name), StringComparer.Ordinal);

    /// <summary>The family.</summary>
    public CrsKind Kind { get; }
    /// <summary>The EPSG code; null for GCJ-02 and BD-09, which have none.</summary>
    public int? Epsg { get; }
    /// <summary>UPPER_SNAKE name, e.g. <c>CGCS2000_3_DEGREE_GK_ZONE_39</c>.</summary>
    public string Name { get; }
    /// <summary>The Gauss–Krüger zone when <see cref="Kind"/> is <see cref="CrsKind.GaussKruger"/>.</summary>
    public GaussKrugerZone? Zone { get; }

    /// <summary>The SRID for geometries in this CRS: the EPSG code, or 0 for GCJ-02 and BD-09.</summary>
    public int Srid => Epsg ?? 0;

    /// <summary>True when coordinates are longitude/latitude degrees rather than metres.</summary>
    public bool IsGeographic => Kind is not (CrsKind.WebMercator or CrsKind.GaussKruger);

    /// <summary>The Gauss–Krüger CRS for a zone.</summary>
    public static Crs Of(GaussKrugerZone zone) => new(CrsKind.GaussKruger, zone.Epsg, zone.Name, zone);

    /// <summary>The CGCS2000 3° Gauss–Krüger CRS centred nearest to a longitude; see <see cref="GaussKrugerZone.ForLongitude"/>.</summary>
    public static Crs GaussKrugerFor(double lon, bool zonePrefix = false) =>
        Of(GaussKrugerZone.ForLongitude(lon, zonePrefix));

    /// <summary>The CRS with this EPSG code.</summary>
    /// <exception cref="CrsException">The code is not one we support.</exception>
    public static Crs FromEpsg(int code) => FromEpsg(code, code.ToString(CultureInfo.InvariantCulture));

    /// <summary>Parses the forms listed in the remarks.</summary>
    /// <exception cref="CrsException">The text names no supported CRS.</exception>
    public static Crs Parse(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        foreach (var prefix in (string[])["EPSG:", "URN:OGC:DEF:CRS:EPSG::", ""])
            if (t.StartsWith(prefix, StringComparison.Ordinal) &&
                int.TryParse(t.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
                return FromEpsg(code, text);
        if (t is "CRS84" or "OGC:CRS84")
            return Wgs84;
        return _byName.TryGetValue(Normalize(t), out var crs) ? crs : throw CrsException.Unknown(text);
    }

    /// <summary><c>EPSG:n</c> where there is a code, else the name.</summary>
    public override string ToString() => Epsg is { } e ? $"EPSG:{e}" : Name;

    static Crs FromEpsg(int code, string input) => code switch
    {
        4326 => Wgs84,
        4490 => Cgcs2000,
        3857 => WebMercator,
        _ => GaussKrugerZone.FromEpsg(code) is { } zone ? Of(zone) : throw CrsException.Unknown(input),
    };

    static string Normalize(string name) =>
        string.Concat(name.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();
}
