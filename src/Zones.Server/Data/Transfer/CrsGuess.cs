using System.Globalization;
using NetTopologySuite.Geometries;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// The CRS a file's coordinates fit when the file names none (a Shapefile without .prj): an
/// 8-digit easting starting with a zone number is that prefixed Gauss–Krüger zone (40 500 000 →
/// 3° zone 40; 13–23 are the 6° zones); a plain 6-digit easting with a northing in China is the
/// 3° zone of the township's longitude; degrees in China's range are CGCS2000.
/// </summary>
static class CrsGuess
{
    /// <summary>The CRS, or null when the extent fits none (or needs the township's longitude and there is none).</summary>
    public static Crs? FromExtent(Envelope box, double? townshipLongitude)
    {
        if (box.MinX >= 73 && box.MaxX <= 136 && box.MinY >= 3 && box.MaxY <= 54)
            return Crs.Cgcs2000;
        var northingInChina = box.MinY >= 300_000 && box.MaxY <= 6_000_000;
        if (!northingInChina)
            return null;
        var prefix = (int)Math.Floor(box.MinX / 1_000_000);
        if (prefix == (int)Math.Floor(box.MaxX / 1_000_000) && prefix >= 13)
        {
            var width = prefix >= 25 ? 3 : 6;
            if (prefix is > 45 or (> 23 and < 25))
                return null;
            return Crs.Of(new GaussKrugerZone(width, prefix, ZonePrefix: true));
        }
        if (box.MinX >= 0 && box.MaxX < 1_000_000 && townshipLongitude is { } lon)
            return Crs.GaussKrugerFor(lon);
        return null;
    }

    /// <summary>The extent as people read it: x min–max, y min–max.</summary>
    public static string Describe(Envelope box) => string.Create(CultureInfo.InvariantCulture,
        $"X {box.MinX:0.###}–{box.MaxX:0.###}, Y {box.MinY:0.###}–{box.MaxY:0.###}");
}
