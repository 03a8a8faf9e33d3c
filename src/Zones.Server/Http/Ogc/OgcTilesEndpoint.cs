using Zones.Server.Data;
using Zones.Server.Data.Tiles;
using Zones.Server.Http.Auth;
using Zones.Server.Http.Tiles;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// OGC API – Tiles (Part 1: Core) over the vector tiles of <c>/tiles</c>, under <c>/ogc</c> beside the
/// features: the tile matrix set, each collection's tilesets list and tileset metadata, and its tiles
/// (the same bytes, ETag and caching as <c>/tiles/{layer}/{z}/{x}/{y}.mvt</c>: one <see cref="TileEndpoint.ServeAsync"/>).
/// A collection has tiles when a tile layer has its id (zones, roads, assets, complaints, shops).
/// Spec: https://docs.ogc.org/is/20-057/20-057.html
/// </summary>
static class OgcTilesEndpoint
{
    public static void Map(RouteGroupBuilder ogc)
    {
        ogc.MapGet("/tileMatrixSets", TileMatrixSets);
        ogc.MapGet("/tileMatrixSets/{tileMatrixSetId}", TileMatrixSet);
        ogc.MapGet("/collections/{collectionId}/tiles", Tilesets);
        ogc.MapGet("/collections/{collectionId}/tiles/{tileMatrixSetId}", Tileset);
        ogc.MapGet("/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}", Tile);
    }

    /// <summary>The tile layer of collection <paramref name="c"/>: same id, or none.</summary>
    public static TileLayer? LayerOf(FeatureCollection c) => TileLayers.Find(c.Id);

    static Task TileMatrixSets(HttpContext http) => OgcJson.Write(http, w =>
    {
        OgcLinks.Write(w, ($"{OgcLinks.Root(http)}/tileMatrixSets", "self", OgcParameters.JsonType, "瓦片矩阵集 tile matrix sets"));
        w.WriteStartArray("tileMatrixSets");
        w.WriteStartObject();
        OgcTileMatrixSet.WriteItem(w, OgcTileSetJson.TileMatrixSetHref(http));
        w.WriteEndObject();
        w.WriteEndArray();
    });

    static Task TileMatrixSet(HttpContext http, string tileMatrixSetId) => tileMatrixSetId == OgcTileMatrixSet.Id
        ? OgcJson.Write(http, w => OgcTileMatrixSet.Write(w, OgcTileSetJson.TileMatrixSetHref(http)))
        : UnknownTileMatrixSet(http, tileMatrixSetId);

    static async Task Tilesets(HttpContext http, string collectionId)
    {
        if (await FindAsync(http, collectionId) is ({ } c, { } layer))
            await OgcJson.Write(http, w => OgcTileSetJson.WriteList(w, http, c, layer));
    }

    static async Task Tileset(HttpContext http, string collectionId, string tileMatrixSetId, TileStore store, CancellationToken ct)
    {
        if (await FindAsync(http, collectionId, tileMatrixSetId) is not ({ } c, { } layer))
            return;
        var extent = await store.ExtentAsync(await http.Access().ReadableAsync(ct), ct);
        // Bounds and limits depend on who asks (public townships only for anonymous callers), as TileJSON's.
        http.Response.Headers.CacheControl = "private, max-age=60";
        await OgcJson.Write(http, w => OgcTileSetJson.Write(w, http, c, layer, extent));
    }

    static async Task Tile(HttpContext http, string collectionId, string tileMatrixSetId, string tileMatrix, string tileRow, string tileCol,
                           TileStore store, CancellationToken ct)
    {
        if (await FindAsync(http, collectionId, tileMatrixSetId) is not (_, { } layer))
            return;
        var f = http.Request.Query["f"].ToString();
        if (f is not ("" or "mvt" or "pbf"))
        {
            await HttpErrors.WriteAsync(http, StatusCodes.Status400BadRequest, OgcJson.InvalidParameterValue,
                $"瓦片只提供 Mapbox Vector Tile 格式（f=mvt），不提供 f={f}。Tiles come as Mapbox Vector Tiles only (f=mvt), not f={f}.");
            return;
        }
        // OGC's tileRow is the XYZ y and tileCol the x, both counted from the top left as /tiles counts them.
        await TileEndpoint.ServeAsync(http, layer, tileMatrix, tileCol, tileRow, store, ct);
    }

    /// <summary>The collection and its tile layer; null after answering 404 when either is missing (or the tile matrix set is not ours).</summary>
    static async Task<(FeatureCollection, TileLayer)?> FindAsync(HttpContext http, string collectionId, string? tileMatrixSetId = null)
    {
        if (FeatureCollections.Find(collectionId) is not { } c || LayerOf(c) is not { } layer)
        {
            var tiled = string.Join(", ", FeatureCollections.All.Where(x => LayerOf(x) is not null).Select(x => x.Id));
            await OgcJson.NotFound(http, $"没有“{collectionId}”这个有瓦片的数据集，可选：{tiled}。There is no collection '{collectionId}' with tiles; collections with tiles: {tiled}.");
            return null;
        }
        if (tileMatrixSetId is not null && tileMatrixSetId != OgcTileMatrixSet.Id)
        {
            await UnknownTileMatrixSet(http, tileMatrixSetId);
            return null;
        }
        return (c, layer);
    }

    static Task UnknownTileMatrixSet(HttpContext http, string id) => OgcJson.NotFound(http,
        $"没有“{id}”这个瓦片矩阵集：只提供 {OgcTileMatrixSet.Id}（Web 墨卡托）。There is no tile matrix set '{id}'; the only one is {OgcTileMatrixSet.Id}.");
}
