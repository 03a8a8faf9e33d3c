using System.Text.Json;
using Zones.Server.Data.Tiles;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// WebMercatorQuad, the one tile matrix set of our tiles (the XYZ pyramid of <see cref="TileAddress"/>),
/// written as an OGC Two Dimensional Tile Matrix Set 2.0 JSON document, and the tile ranges a box covers.
/// Spec: https://docs.ogc.org/is/17-083r4/17-083r4.html#toc33 (Annex D.1, WebMercatorQuad)
/// </summary>
static class OgcTileMatrixSet
{
    public const string Id = "WebMercatorQuad";
    public const string Uri = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad";
    public const string Crs = "http://www.opengis.net/def/crs/EPSG/0/3857";

    // π × the WGS 84 semi-major axis: the half width of the EPSG:3857 square world, in metres.
    const double Half = 20037508.3427892;

    /// <summary>Metres per pixel of a 256-pixel tile at <paramref name="z"/>.</summary>
    static double CellSize(int z) => 2 * Half / 256 / (1 << z);

    /// <summary>
    /// The TMS 2.0 members, plus the 1.0 type, the 1.0 name of the CRS (<c>supportedCRS</c>) and of each
    /// matrix's id and origin (<c>identifier</c>, <c>topLeftCorner</c>): GDAL 3.6's parser knows only those
    /// (measured: without <c>type</c> it takes the document for a file name, without <c>supportedCRS</c> it
    /// stops at "Cannot parse CRS"), and TMS 2.0 allows extra members.
    /// </summary>
    public static void Write(Utf8JsonWriter w, string self)
    {
        w.WriteString("type", "TileMatrixSetType");
        w.WriteString("id", Id);
        w.WriteString("title", "Google Maps Compatible for the World（Web 墨卡托，XYZ 瓦片）");
        w.WriteString("uri", Uri);
        w.WriteString("crs", Crs);
        w.WriteString("supportedCRS", Crs);
        w.WriteStartArray("orderedAxes");
        w.WriteStringValue("X");
        w.WriteStringValue("Y");
        w.WriteEndArray();
        w.WriteString("wellKnownScaleSet", "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible");
        w.WriteStartArray("tileMatrices");
        for (var z = 0; z <= TileAddress.MaxZoom; z++)
        {
            w.WriteStartObject();
            w.WriteString("id", $"{z}");
            w.WriteString("identifier", $"{z}");
            // scaleDenominator: OGC's standardized 0.28 mm rendering pixel.
            w.WriteNumber("scaleDenominator", CellSize(z) / 0.00028);
            w.WriteNumber("cellSize", CellSize(z));
            w.WriteString("cornerOfOrigin", "topLeft");
            Pair(w, "pointOfOrigin", -Half, Half);
            Pair(w, "topLeftCorner", -Half, Half);
            w.WriteNumber("tileWidth", 256);
            w.WriteNumber("tileHeight", 256);
            w.WriteNumber("matrixWidth", 1 << z);
            w.WriteNumber("matrixHeight", 1 << z);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        OgcLinks.Write(w, (self, "self", OgcParameters.JsonType, "WebMercatorQuad"));
    }

    /// <summary>The entry of <c>/tileMatrixSets</c> (TMS 2.0 tileMatrixSet-item).</summary>
    public static void WriteItem(Utf8JsonWriter w, string href)
    {
        w.WriteString("id", Id);
        w.WriteString("title", "Google Maps Compatible for the World（Web 墨卡托，XYZ 瓦片）");
        w.WriteString("uri", Uri);
        w.WriteString("crs", Crs);
        OgcLinks.Write(w, (href, "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme", OgcParameters.JsonType, "WebMercatorQuad"));
    }

    /// <summary>
    /// Per zoom, the first and last tile column and row holding the lon/lat box <paramref name="bounds"/>
    /// (minLon, minLat, maxLon, maxLat): the tileset's <c>tileMatrixSetLimits</c>.
    /// </summary>
    public static IEnumerable<(int Z, int MinRow, int MaxRow, int MinCol, int MaxCol)> Limits(double[] bounds)
    {
        for (var z = 0; z <= TileAddress.MaxZoom; z++)
        {
            var last = (1 << z) - 1;
            int Col(double lon) => Math.Clamp((int)Math.Floor((lon + 180) / 360 * (1 << z)), 0, last);
            int Row(double lat)
            {
                var phi = Math.Clamp(lat, -85.0511287798, 85.0511287798) * Math.PI / 180;
                return Math.Clamp((int)Math.Floor((1 - Math.Log(Math.Tan(phi) + 1 / Math.Cos(phi)) / Math.PI) / 2 * (1 << z)), 0, last);
            }
            yield return (z, Row(bounds[3]), Row(bounds[1]), Col(bounds[0]), Col(bounds[2]));
        }
    }

    /// <summary>A two-number array: a point, a corner.</summary>
    public static void Pair(Utf8JsonWriter w, string name, double a, double b)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(a);
        w.WriteNumberValue(b);
        w.WriteEndArray();
    }
}
