namespace Zones.Server.Spatial;

/// <summary>
/// The offset systems of Chinese phone maps: GCJ-02 (AMap, Tencent; "Mars coordinates") and
/// BD-09 (Baidu), converted with the published formulas (MAP-NOTES §5.2, as in the npm
/// <c>coordtransform</c> package). Longitude first, degrees.
/// </summary>
/// <remarks>
/// Accuracy is relative to the public forward formulas, which is all anyone outside the map
/// vendors has: the iterative inverses reproduce the forward formula to well under a millimetre.
/// Real agreement with AMap/Baidu base maps is at the metre level. GCJ-02 is applied only inside
/// the published China box; the BD-09 step is applied everywhere, as Baidu's formula is.
/// </remarks>
static class ChinaOffsets
{
    // Krasovsky 1940 ellipsoid, which the GCJ-02 formula uses for its metre → degree scaling.
    const double A = 6378245.0;
    const double Ee = 0.00669342162296594323;
    const double XPi = Math.PI * 3000.0 / 180.0;

    // Stop when a step moves the point by less than 1e-10° (about 0.01 mm).
    const double Tolerance = 1e-10;
    const int MaxIterations = 20;

    /// <summary>True outside the rectangle in which the GCJ-02 offset is applied.</summary>
    public static bool OutOfChina(double lon, double lat) =>
        lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;

    /// <summary>WGS84 → GCJ-02 (the published forward formula); unchanged outside China.</summary>
    public static (double Lon, double Lat) Wgs84ToGcj02(double lon, double lat)
    {
        if (OutOfChina(lon, lat))
            return (lon, lat);
        var dLat = TransformLat(lon - 105.0, lat - 35.0);
        var dLon = TransformLon(lon - 105.0, lat - 35.0);
        var radLat = lat / 180.0 * Math.PI;
        var magic = 1 - Ee * Math.Sin(radLat) * Math.Sin(radLat);
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (A * (1 - Ee) / (magic * sqrtMagic) * Math.PI);
        dLon = dLon * 180.0 / (A / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return (lon + dLon, lat + dLat);
    }

    /// <summary>
    /// GCJ-02 → WGS84 by fixed-point iteration <c>w ← w − (gcj(w) − g)</c>. The offset changes
    /// slowly with position, so this converges in about 4 steps (MAP-NOTES §5.2), where the
    /// usual one-step inverse is off by up to 4.5 m.
    /// </summary>
    public static (double Lon, double Lat) Gcj02ToWgs84(double lon, double lat) =>
        Invert(Wgs84ToGcj02, lon, lat, (lon, lat));

    /// <summary>GCJ-02 → BD-09 (Baidu's published forward formula).</summary>
    public static (double Lon, double Lat) Gcj02ToBd09(double lon, double lat)
    {
        var z = Math.Sqrt(lon * lon + lat * lat) + 0.00002 * Math.Sin(lat * XPi);
        var theta = Math.Atan2(lat, lon) + 0.000003 * Math.Cos(lon * XPi);
        return (z * Math.Cos(theta) + 0.0065, z * Math.Sin(theta) + 0.006);
    }

    /// <summary>
    /// BD-09 → GCJ-02: the published approximate reverse (off by up to ~0.2 m), refined by the
    /// same fixed-point iteration against the forward formula.
    /// </summary>
    public static (double Lon, double Lat) Bd09ToGcj02(double lon, double lat)
    {
        var x = lon - 0.0065;
        var y = lat - 0.006;
        var z = Math.Sqrt(x * x + y * y) - 0.00002 * Math.Sin(y * XPi);
        var theta = Math.Atan2(y, x) - 0.000003 * Math.Cos(x * XPi);
        return Invert(Gcj02ToBd09, lon, lat, (z * Math.Cos(theta), z * Math.Sin(theta)));
    }

    /// <summary>WGS84 → BD-09, through GCJ-02.</summary>
    public static (double Lon, double Lat) Wgs84ToBd09(double lon, double lat)
    {
        var (gLon, gLat) = Wgs84ToGcj02(lon, lat);
        return Gcj02ToBd09(gLon, gLat);
    }

    /// <summary>BD-09 → WGS84, through GCJ-02.</summary>
    public static (double Lon, double Lat) Bd09ToWgs84(double lon, double lat)
    {
        var (gLon, gLat) = Bd09ToGcj02(lon, lat);
        return Gcj02ToWgs84(gLon, gLat);
    }

    /// <summary>Solves <c>forward(p) = (lon, lat)</c> for p, starting from <paramref name="start"/>.</summary>
    static (double Lon, double Lat) Invert(Func<double, double, (double, double)> forward,
                                           double lon, double lat, (double Lon, double Lat) start)
    {
        var (wLon, wLat) = start;
        for (var i = 0; i < MaxIterations; i++)
        {
            var (fLon, fLat) = forward(wLon, wLat);
            var (dLon, dLat) = (fLon - lon, fLat - lat);
            wLon -= dLon;
            wLat -= dLat;
            if (Math.Abs(dLon) < Tolerance && Math.Abs(dLat) < Tolerance)
                break;
        }
        return (wLon, wLat);
    }

    static double TransformLat(double x, double y)
    {
        var ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.Sqrt(Math.Abs(x));
        ret += Periodic(x);
        ret += (20.0 * Math.Sin(y * Math.PI) + 40.0 * Math.Sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.Sin(y / 12.0 * Math.PI) + 320.0 * Math.Sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    static double TransformLon(double x, double y)
    {
        var ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.Sqrt(Math.Abs(x));
        ret += Periodic(x);
        ret += (20.0 * Math.Sin(x * Math.PI) + 40.0 * Math.Sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.Sin(x / 12.0 * Math.PI) + 300.0 * Math.Sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }

    // The term both polynomials share. The additions keep the published order, so results match
    // the reference implementations bit for bit.
    static double Periodic(double x) =>
        (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
}
