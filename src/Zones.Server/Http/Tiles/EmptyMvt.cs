using System.Collections.Concurrent;
using System.Text;

namespace Zones.Server.Http.Tiles;

/// <summary>
/// The tile sent where a layer has nothing: a Mapbox Vector Tile holding the layer itself (version 2,
/// its name, extent 4096) and no feature, answered 200 like any other tile (issue #16 §4).
/// Spec: https://github.com/mapbox/vector-tile-spec/tree/master/2.1#41-layers
/// </summary>
/// <remarks>
/// Measured with GDAL 3.6.2 (<c>ogrinfo</c> on a tile URL, README "Empty tiles"): a 204, and a 200 with
/// zero bytes (a valid, empty protobuf message), both end in "Unable to open datasource", as GDAL's MVT
/// driver recognises a tile by its first layer; this tile opens with a zero-feature layer (TileGdalTests).
/// OpenLayers' <c>MVT</c> format, which every map layer reads tiles with, takes it as no feature
/// (src/Zones.Map/src/map/emptyTile.test.ts). The spec's "a layer SHOULD contain at least one feature"
/// is a SHOULD; being opened by GDAL and QGIS (which decodes it with the same protobuf reader as any
/// tile) weighs more. 15 bytes for "assets".
/// </remarks>
static class EmptyMvt
{
    static readonly ConcurrentDictionary<string, byte[]> Tiles = new(StringComparer.Ordinal);

    /// <summary>The empty tile of layer <paramref name="name"/>; the same array for every call (never written to).</summary>
    public static byte[] Of(string name) => Tiles.GetOrAdd(name, Encode);

    static byte[] Encode(string name)
    {
        var utf8 = Encoding.UTF8.GetBytes(name);
        var layer = new List<byte> { 0x78, 2 };                 // field 15 (version), varint: 2
        layer.Add(0x0A);                                         // field 1 (name), length-delimited
        layer.AddRange(Varint(utf8.Length));
        layer.AddRange(utf8);
        layer.Add(0x28);                                         // field 5 (extent), varint: 4096
        layer.AddRange(Varint(4096));
        return [0x1A, .. Varint(layer.Count), .. layer];         // Tile field 3 (layers), length-delimited
    }

    static IEnumerable<byte> Varint(int value)
    {
        for (var v = (uint)value; ; v >>= 7)
        {
            if (v < 0x80)
            {
                yield return (byte)v;
                yield break;
            }
            yield return (byte)(v & 0x7F | 0x80);
        }
    }
}
