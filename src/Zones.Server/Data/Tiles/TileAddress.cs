using System.Globalization;

namespace Zones.Server.Data.Tiles;

/// <summary>
/// One XYZ tile of the Web Mercator pyramid (EPSG:3857, y = 0 at the north edge, as
/// <c>ST_TileEnvelope</c>, OpenLayers and MapLibre count them).
/// </summary>
public readonly record struct TileAddress(int Z, int X, int Y)
{
    /// <summary>Deepest zoom served: 4096 units a tile at z22 is below a millimetre, finer than any survey.</summary>
    public const int MaxZoom = 22;

    /// <summary>
    /// Parses the route values; on failure <paramref name="error"/> says in zh-CN and English what is
    /// wrong and which values are valid.
    /// </summary>
    public static bool TryParse(string z, string x, string y, out TileAddress tile, out string error)
    {
        tile = default;
        if (!TryInt(z, out var zoom) || zoom > MaxZoom)
        {
            error = $"缩放级别 z=“{z}”无效：应为 0 到 {MaxZoom} 的整数。z must be a whole number from 0 to {MaxZoom}, not '{z}'.";
            return false;
        }
        var last = (1 << zoom) - 1;
        foreach (var (name, text) in new[] { ("x", x), ("y", y) })
            if (!TryInt(text, out var v) || v > last)
            {
                error = $"瓦片列/行号 {name}=“{text}”无效：在 z={zoom} 级应为 0 到 {last} 的整数。" +
                        $"{name} must be a whole number from 0 to {last} at z={zoom} (2^z − 1), not '{text}'.";
                return false;
            }
        tile = new TileAddress(zoom, int.Parse(x, CultureInfo.InvariantCulture), int.Parse(y, CultureInfo.InvariantCulture));
        error = "";
        return true;
    }

    // Digits only: no sign, no spaces, no leading '+', so one tile has exactly one URL.
    static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && text.Length <= 7;

    /// <summary>
    /// The tile in WGS84 degrees, grown by <paramref name="margin"/> of its width on every side
    /// (the same box <c>ST_TileEnvelope(z, x, y, margin => …)</c> gives, clipped at the poles' ±85.05°).
    /// </summary>
    public (double MinLon, double MinLat, double MaxLon, double MaxLat) LonLatBounds(double margin)
    {
        var n = (double)(1 << Z);
        double Lon(double tx) => Math.Clamp(tx / n * 360 - 180, -180, 180);
        double Lat(double ty) => Math.Atan(Math.Sinh(Math.PI * (1 - 2 * Math.Clamp(ty, 0, n) / n))) * 180 / Math.PI;
        return (Lon(X - margin), Lat(Y + 1 + margin), Lon(X + 1 + margin), Lat(Y - margin));
    }

    public override string ToString() => $"{Z}/{X}/{Y}";
}
