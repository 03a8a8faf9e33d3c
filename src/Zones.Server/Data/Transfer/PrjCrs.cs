using System.Globalization;
using System.Text.RegularExpressions;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// The CRS of a .prj file or a GeoPackage srs definition (OGC or Esri WKT 1). An EPSG authority
/// on the outer PROJCS/GEOGCS decides when there is one; otherwise the WKT's own words do: a
/// Gauss–Krüger / Transverse Mercator on the CGCS2000 datum is the zone its central meridian and
/// false easting tell (a zone number in the millions of the false easting is the prefixed form),
/// 3° or 6° from the name (<c>CGCS2000_3_Degree_GK_Zone_40</c>, <c>CGCS2000_GK_CM_117E</c>);
/// Web Mercator by its projection name; a GEOGCS alone is CGCS2000 or WGS84 by its datum.
/// Beijing 1954 and Xi'an 1980 are refused: their offsets from CGCS2000 run to a hundred metres.
/// </summary>
static partial class PrjCrs
{
    /// <summary>The CRS the WKT describes.</summary>
    /// <exception cref="CrsException">It describes none we support.</exception>
    public static Crs Parse(string wkt)
    {
        var text = wkt.Trim();
        if (OuterAuthority(text) is { } epsg && TryEpsg(epsg) is { } byCode)
            return byCode;
        var upper = text.ToUpperInvariant();
        var name = NameOf(text);
        if (upper.Contains("BEIJING") || upper.Contains("XIAN") || upper.Contains("XI'AN") || upper.Contains("西安") || upper.Contains("北京"))
            throw Unsupported(name, "Beijing 1954 and Xian 1980 are not supported: transform to CGCS2000 first.");
        if (!upper.StartsWith("PROJCS", StringComparison.Ordinal) && !upper.StartsWith("PROJCRS", StringComparison.Ordinal))
            return upper.Contains("2000") || upper.Contains("CGCS") ? Crs.Cgcs2000
                 : upper.Contains("WGS") && upper.Contains("84") ? Crs.Wgs84
                 : throw Unsupported(name, "only CGCS2000 and WGS84 longitude/latitude are supported.");
        if (upper.Contains("MERCATOR_AUXILIARY_SPHERE") || upper.Contains("PSEUDO-MERCATOR") || upper.Contains("POPULAR VISUALISATION") ||
            upper.Contains("WEB_MERCATOR") || upper.Contains("WEB MERCATOR"))
            return Crs.WebMercator;
        if (!(upper.Contains("GAUSS") || upper.Contains("TRANSVERSE_MERCATOR") || upper.Contains("TRANSVERSE MERCATOR")) ||
            !(upper.Contains("2000") || upper.Contains("CGCS")))
            throw Unsupported(name, "only CGCS2000 Gauss-Kruger zones, Web Mercator and longitude/latitude are supported.");
        return Zone(upper, name);
    }

    /// <summary>The name in the WKT's first quotes (<c>CGCS2000_3_Degree_GK_Zone_40</c>), for messages.</summary>
    public static string NameOf(string wkt) => FirstName().Match(wkt) is { Success: true } m ? m.Groups[1].Value : wkt.Length > 60 ? wkt[..60] + "…" : wkt;

    static Crs Zone(string upper, string name)
    {
        var cm = Parameter(upper, "CENTRAL_MERIDIAN") ?? throw Unsupported(name, "it has no central meridian.");
        var falseEasting = Parameter(upper, "FALSE_EASTING") ?? 500_000;
        var scale = Parameter(upper, "SCALE_FACTOR") ?? 1;
        if (Math.Abs(scale - 1) > 1e-9 || Math.Abs((Parameter(upper, "FALSE_NORTHING") ?? 0)) > 1e-6)
            throw Unsupported(name, "a Gauss-Kruger zone has scale factor 1 and false northing 0.");
        var prefix = (int)Math.Round((falseEasting - 500_000) / 1_000_000);
        if (Math.Abs(falseEasting - 500_000 - prefix * 1_000_000.0) > 1e-3)
            throw Unsupported(name, $"the false easting {falseEasting} is not 500000 m (plus a zone number in millions).");
        var width = upper.Contains("3_DEGREE") || upper.Contains("3-DEGREE") || upper.Contains("3 DEGREE") || upper.Contains("3度") ? 3
                  : upper.Contains("GK_ZONE") || upper.Contains("GK_CM") || upper.Contains("6_DEGREE") || upper.Contains("6度") ? 6
                  : prefix > 0 && prefix * 3 == cm ? 3
                  : prefix > 0 && prefix * 6 - 3 == cm ? 6
                  : 3;
        var number = width == 3 ? cm / 3 : (cm + 3) / 6;
        if (Math.Abs(number - Math.Round(number)) > 1e-9 || prefix > 0 && prefix != (int)number)
            throw Unsupported(name, $"central meridian {cm}E and false easting {falseEasting} are no CGCS2000 {width}-degree zone.");
        var epsg = new GaussKrugerZone(width, (int)number, prefix > 0).Epsg;
        return TryEpsg(epsg) ?? throw Unsupported(name, $"zone {number} is outside China's zones.");
    }

    static double? Parameter(string upper, string key)
    {
        foreach (Match m in ParameterPattern().Matches(upper))
            if (m.Groups[1].Value.Replace(" ", "_") == key)
                return double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>The EPSG code of the outermost AUTHORITY (the last one in WKT 1, ID in WKT 2), when it closes the text.</summary>
    static int? OuterAuthority(string wkt) =>
        OuterAuthorityPattern().Match(wkt) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    static Crs? TryEpsg(int code)
    {
        try
        {
            return Crs.FromEpsg(code);
        }
        catch (CrsException)
        {
            return null;
        }
    }

    static CrsException Unsupported(string name, string why) => new($"The CRS \"{name}\" is not supported: {why}");

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex FirstName();

    [GeneratedRegex(@"PARAMETER\s*\[\s*""([A-Z_ ]+)""\s*,\s*(-?[0-9.]+(?:E[-+]?[0-9]+)?)\s*[,\]]")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"(?:AUTHORITY|ID)\s*\[\s*""EPSG""\s*,\s*""?([0-9]+)""?\s*\]\s*\]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OuterAuthorityPattern();
}
