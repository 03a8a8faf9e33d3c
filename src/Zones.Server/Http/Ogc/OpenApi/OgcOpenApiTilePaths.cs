using System.Text.Json.Nodes;
using Zones.Server.Data;
using Zones.Server.Data.Tiles;
using static Zones.Server.Http.Ogc.OpenApi.OgcOpenApiPaths;

namespace Zones.Server.Http.Ogc.OpenApi;

/// <summary>
/// The OGC API – Tiles paths of the API definition (<see cref="OgcTilesEndpoint"/>): the tile matrix
/// sets, and for each collection that has a tile layer (<see cref="OgcTilesEndpoint.LayerOf"/>) its
/// tilesets list, tileset metadata and tiles.
/// Spec: https://docs.ogc.org/is/20-057/20-057.html#_openapi_3_0
/// </summary>
static class OgcOpenApiTilePaths
{
    const string MvtType = "application/vnd.mapbox-vector-tile";

    public static void Add(JsonObject paths)
    {
        var tms = OgcTileMatrixSet.Id;
        paths["/tileMatrixSets"] = Get("getTileMatrixSetsList", "Tiles", "瓦片矩阵集 tile matrix sets",
            "提供的瓦片矩阵集（只有 WebMercatorQuad）。The tile matrix sets offered: WebMercatorQuad.", [Json()], Ok("document", html: false));
        paths[$"/tileMatrixSets/{tms}"] = Get($"getTileMatrixSet_{tms}", "Tiles", $"{tms} 瓦片矩阵集定义 definition",
            "OGC 二维瓦片矩阵集 2.0（JSON）。The OGC Two Dimensional Tile Matrix Set 2.0 definition (JSON).", [Json()], Ok("document", html: false));
        foreach (var c in FeatureCollections.All.Where(c => OgcTilesEndpoint.LayerOf(c) is not null))
        {
            var root = $"/collections/{c.Id}/tiles";
            paths[root] = Get($"getTileSetsList_{c.Id}", "Tiles", $"{c.Title}：矢量瓦片集 vector tilesets",
                "此数据集的矢量瓦片集列表。The vector tilesets of this collection.", [Json()], Ok("document", html: false));
            paths[$"{root}/{tms}"] = Get($"getTileSet_{c.Id}", "Tiles", $"{c.Title}：瓦片集说明 tileset metadata",
                "瓦片集元数据（范围、缩放级别、图层及字段）。Tileset metadata: bounds, zoom limits, the layer and its fields.",
                [Json()], Ok("document", html: false));
            paths[$"{root}/{tms}/{{tileMatrix}}/{{tileRow}}/{{tileCol}}"] = Tile(c);
        }
    }

    // The tiles' JSON documents have no HTML page.
    static JsonObject Json() => OgcOpenApiParameters.Format("json");

    static JsonObject Tile(FeatureCollection c)
    {
        var tile = Get($"getTile_{c.Id}", "Tiles", $"{c.Title}：矢量瓦片 vector tile",
            "Mapbox 矢量瓦片（与 /tiles 同一份数据和缓存）；没有要素的瓦片也是 200 的空瓦片。" +
            "A Mapbox Vector Tile (the same bytes and caching as /tiles); a tile without features is a 200 empty tile.",
            [
                PathInteger("tileMatrix", $"缩放级别 zoom level, 0–{TileAddress.MaxZoom}", TileAddress.MaxZoom),
                PathInteger("tileRow", "行号，自上而下 row from the top (XYZ y)", null),
                PathInteger("tileCol", "列号，自左而右 column from the left (XYZ x)", null),
                new JsonObject
                {
                    ["name"] = "f", ["in"] = "query", ["required"] = false,
                    ["description"] = "瓦片格式：mvt（pbf 同义）。The tile encoding: mvt (pbf is the same).",
                    ["schema"] = OgcOpenApiSchemas.Str("mvt", "pbf"), ["example"] = "mvt",
                },
            ],
            new JsonObject
            {
                ["description"] = "矢量瓦片 the vector tile",
                ["content"] = new JsonObject { [MvtType] = new JsonObject { ["schema"] = OgcOpenApiSchemas.Ref("tile") } },
            }, notFound: true);
        return tile;
    }

    static JsonObject PathInteger(string name, string description, int? maximum)
    {
        var schema = new JsonObject { ["type"] = "integer", ["minimum"] = 0 };
        if (maximum is { } max)
            schema["maximum"] = max;
        return new JsonObject
        {
            ["name"] = name, ["in"] = "path", ["required"] = true, ["description"] = description,
            ["schema"] = schema, ["example"] = 0,
        };
    }
}
