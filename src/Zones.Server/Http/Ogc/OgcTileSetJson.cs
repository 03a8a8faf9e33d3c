using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Data.Tiles;
using Zones.Server.Http.Tiles;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// OGC API – Tiles documents of a collection's vector tiles: the tilesets list
/// (<c>/collections/{id}/tiles</c>) and the tileset metadata (<c>/collections/{id}/tiles/WebMercatorQuad</c>,
/// TMS 2.0 tileSet), with the links GDAL's OGCAPI driver follows (tiling-scheme, item) and the layer's TileJSON.
/// Spec: https://docs.ogc.org/is/20-057/20-057.html#toc38, https://docs.ogc.org/is/17-083r4/17-083r4.html#toc56
/// </summary>
static class OgcTileSetJson
{
    public const string TilesetsVectorRel = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector";
    const string TilingSchemeRel = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";
    const string Crs84 = OgcParameters.Crs84;

    // Web Mercator's square world, for a deployment with no zone yet (as TileJSON).
    static readonly double[] World = [-180, -85.0511287798, 180, 85.0511287798];

    public static string TilesetsHref(HttpContext http, FeatureCollection c) => $"{OgcLinks.Root(http)}/collections/{c.Id}/tiles";

    static string TilesetHref(HttpContext http, FeatureCollection c) => $"{TilesetsHref(http, c)}/{OgcTileMatrixSet.Id}";

    public static string TileMatrixSetHref(HttpContext http) => $"{OgcLinks.Root(http)}/tileMatrixSets/{OgcTileMatrixSet.Id}";

    /// <summary><c>GET /collections/{id}/tiles</c>: the one tileset (WebMercatorQuad) of the collection.</summary>
    public static void WriteList(Utf8JsonWriter w, HttpContext http, FeatureCollection c, TileLayer layer)
    {
        OgcLinks.Write(w, (TilesetsHref(http, c), "self", OgcParameters.JsonType, $"{c.Title} 的矢量瓦片集 vector tilesets"));
        w.WriteStartArray("tilesets");
        w.WriteStartObject();
        w.WriteString("title", $"{layer.Title} ({OgcTileMatrixSet.Id})");
        w.WriteString("dataType", "vector");
        w.WriteString("crs", OgcTileMatrixSet.Crs);
        w.WriteString("tileMatrixSetURI", OgcTileMatrixSet.Uri);
        OgcLinks.Write(w,
            (TilesetHref(http, c), "self", OgcParameters.JsonType, $"{layer.Title} 瓦片集说明 tileset metadata"),
            (TileMatrixSetHref(http), TilingSchemeRel, OgcParameters.JsonType, "瓦片矩阵集 WebMercatorQuad"));
        w.WriteEndObject();
        w.WriteEndArray();
    }

    /// <summary>
    /// <c>GET /collections/{id}/tiles/WebMercatorQuad</c>: the tileset metadata. Bounding box and
    /// <c>tileMatrixSetLimits</c> are those of the townships the caller may read (<paramref name="extent"/>, as TileJSON's bounds).
    /// </summary>
    public static void Write(Utf8JsonWriter w, HttpContext http, FeatureCollection c, TileLayer layer, double[]? extent)
    {
        var bounds = extent ?? World;
        w.WriteString("title", layer.Title);
        w.WriteString("description", layer.Description);
        w.WriteString("dataType", "vector");
        w.WriteString("crs", OgcTileMatrixSet.Crs);
        w.WriteString("tileMatrixSetURI", OgcTileMatrixSet.Uri);
        w.WriteStartObject("boundingBox");
        OgcTileMatrixSet.Pair(w, "lowerLeft", bounds[0], bounds[1]);
        OgcTileMatrixSet.Pair(w, "upperRight", bounds[2], bounds[3]);
        w.WriteString("crs", Crs84);
        w.WriteEndObject();
        w.WriteStartObject("centerPoint");
        OgcTileMatrixSet.Pair(w, "coordinates", Math.Round((bounds[0] + bounds[2]) / 2, 6), Math.Round((bounds[1] + bounds[3]) / 2, 6));
        w.WriteString("crs", Crs84);
        w.WriteString("tileMatrix", extent is null ? "2" : "13");
        w.WriteEndObject();
        w.WriteStartArray("tileMatrixSetLimits");
        foreach (var (z, minRow, maxRow, minCol, maxCol) in OgcTileMatrixSet.Limits(bounds))
        {
            w.WriteStartObject();
            w.WriteString("tileMatrix", $"{z}");
            w.WriteNumber("minTileRow", minRow);
            w.WriteNumber("maxTileRow", maxRow);
            w.WriteNumber("minTileCol", minCol);
            w.WriteNumber("maxTileCol", maxCol);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteLayer(w, layer);
        WriteLinks(w, http, c, layer);
    }

    /// <summary>The one MVT layer of each tile (named after the layer), with its attributes' meanings.</summary>
    static void WriteLayer(Utf8JsonWriter w, TileLayer layer)
    {
        w.WriteStartArray("layers");
        w.WriteStartObject();
        w.WriteString("id", layer.Id);
        w.WriteString("title", layer.Title);
        w.WriteString("description", layer.Description);
        w.WriteString("dataType", "vector");
        // Shops carry points and their frontage lines in one layer, so they state no single dimension.
        if (layer.Id switch { "zones" => 2, "roads" => 1, "assets" or "complaints" => 0, _ => (int?)null } is { } dimension)
            w.WriteNumber("geometryDimension", dimension);
        w.WriteString("minTileMatrix", "0");
        w.WriteString("maxTileMatrix", $"{TileAddress.MaxZoom}");
        w.WriteStartObject("propertiesSchema");
        w.WriteString("type", "object");
        w.WriteStartObject("properties");
        foreach (var (name, meaning) in layer.Fields)
        {
            w.WriteStartObject(name);
            w.WriteString("description", meaning);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    static void WriteLinks(Utf8JsonWriter w, HttpContext http, FeatureCollection c, TileLayer layer)
    {
        var root = OgcLinks.Root(http);
        w.WriteStartArray("links");
        OgcLinks.WriteOne(w, TilesetHref(http, c), "self", OgcParameters.JsonType, $"{layer.Title} 瓦片集说明 tileset metadata");
        OgcLinks.WriteOne(w, TileMatrixSetHref(http), TilingSchemeRel, OgcParameters.JsonType, "瓦片矩阵集 WebMercatorQuad");
        // ?f=mvt names the format in the URL: GDAL's MVT driver opens a tile URL only when it ends in .mvt/.pbf or says mvt (measured).
        OgcLinks.WriteOne(w, $"{TilesetHref(http, c)}/{{tileMatrix}}/{{tileRow}}/{{tileCol}}?f=mvt", "item", TileEndpoint.MvtType,
                             $"{layer.Title} 矢量瓦片 Mapbox Vector Tile", templated: true);
        OgcLinks.WriteOne(w, $"{root}/collections/{c.Id}", "http://www.opengis.net/def/rel/ogc/1.0/geodata", OgcParameters.JsonType, c.Title);
        // The same tiles as /tiles/{layer}: map clients that read TileJSON (OpenLayers, MapLibre, QGIS) find them there.
        OgcLinks.WriteOne(w, TileJson.Href(http, layer), "describedby", OgcParameters.JsonType, $"{layer.Title} TileJSON 3.0.0");
        w.WriteEndArray();
    }
}
