using Zones.Server.Data.Analysis;
using Zones.Server.Data.Tiles;
using Zones.Server.Http.Auth;

namespace Zones.Server.Http.Tiles;

/// <summary>
/// Vector tiles built by PostGIS: <c>GET /tiles/{layer}/{z}/{x}/{y}.mvt</c> (or <c>.pbf</c>), a
/// TileJSON 3.0.0 document per layer at <c>/tiles/{layer}.json</c>, and the layer list at <c>/tiles</c>.
/// Every tile and extent holds only the townships the caller may read (<c>RequestAccess</c>). Every refusal is an <see cref="HttpErrors"/> answer.
/// </summary>
static class TileEndpoint
{
    public const string MvtType = "application/vnd.mapbox-vector-tile";

    public static IEndpointRouteBuilder MapZonesTiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tiles", TileJson.WriteListAsync);
        app.MapGet("/tiles/{layer}.json", TileJsonAsync);
        app.MapGet("/tiles/{layer}/{z}/{x}/{y}.{format}", TileAsync);
        app.MapGet("/tiles/{**rest}", (HttpContext http, string rest) => HttpErrors.WriteAsync(http, 404, "NOT_A_TILE_URL",
            $"没有“/tiles/{rest}”这个地址：瓦片地址形如 /tiles/{{图层}}/{{z}}/{{x}}/{{y}}.mvt，图层说明见 /tiles/{{图层}}.json，可选图层：{TileLayers.Names}。" +
            $"There is nothing at /tiles/{rest}: tiles are /tiles/{{layer}}/{{z}}/{{x}}/{{y}}.mvt, TileJSON is /tiles/{{layer}}.json; layers: {TileLayers.Names}."));
        return app;
    }

    static async Task TileJsonAsync(HttpContext http, string layer, TileStore store, CancellationToken ct)
    {
        if (TileLayers.Find(layer) is not { } l)
        {
            await UnknownLayerAsync(http, layer);
            return;
        }
        await TileJson.WriteAsync(http, l, await store.ExtentAsync(await http.Access().ReadableAsync(ct), ct));
    }

    static async Task TileAsync(HttpContext http, string layer, string z, string x, string y, string format, TileStore store, CancellationToken ct)
    {
        if (TileLayers.Find(layer) is not { } l)
        {
            await UnknownLayerAsync(http, layer);
            return;
        }
        if (format is not ("mvt" or "pbf"))
        {
            await HttpErrors.WriteAsync(http, 404, "UNKNOWN_TILE_FORMAT",
                $"不提供“.{format}”格式的瓦片，请用 .mvt 或 .pbf，例如 /tiles/{l.Id}/14/13651/6728.mvt。" +
                $"Tiles come as .mvt or .pbf (the same Mapbox Vector Tile), not '.{format}', e.g. /tiles/{l.Id}/14/13651/6728.mvt.");
            return;
        }
        await ServeAsync(http, l, z, x, y, store, ct);
    }

    /// <summary>
    /// Tile <paramref name="z"/>/<paramref name="x"/>/<paramref name="y"/> of <paramref name="l"/> for the caller:
    /// the one path of every tile URL (also OGC API – Tiles, <c>OgcTilesEndpoint</c>), so both give the same bytes and caching.
    /// </summary>
    public static async Task ServeAsync(HttpContext http, TileLayer l, string z, string x, string y, TileStore store, CancellationToken ct)
    {
        if (!TileAddress.TryParse(z, x, y, out var tile, out var error))
        {
            await HttpErrors.WriteAsync(http, 400, "INVALID_TILE", error);
            return;
        }
        var townships = await http.Access().ReadableAsync(ct);
        var signedIn = http.Access().Actor is not null;
        // A revalidation is answered from the data revision alone, before any rendering.
        if (!string.IsNullOrEmpty(http.Request.Headers.IfNoneMatch) && await store.RevisionAsync(l, townships, ct) is { } revision
            && TileResponse.TryNotModified(http, l, TileResponse.ETagOf(l, revision, townships), signedIn))
            return;
        RenderedTile rendered;
        try
        {
            rendered = await store.TileAsync(l, tile, townships, ct);
        }
        catch (AnalysisSettingsException e)
        {
            // A township's stored settings are broken: the clerk who can fix them needs to read why.
            await HttpErrors.WriteAsync(http, 409, "ANALYSIS_SETTINGS_INVALID", e.Message);
            return;
        }
        catch (AnalysisLaneException e)
        {
            // The gaps layer's analysis lane is full or a check timed out: the tile may come on the next try.
            http.Response.Headers.RetryAfter = "5";
            await HttpErrors.WriteAsync(http, 503, e.Code, e.Message);
            return;
        }
        await TileResponse.WriteAsync(http, l, rendered.Bytes,
                                      rendered.Revision is { } read ? TileResponse.ETagOf(l, read, townships) : null, signedIn);
    }

    static Task UnknownLayerAsync(HttpContext http, string layer) => HttpErrors.WriteAsync(http, 404, "UNKNOWN_LAYER",
        $"没有“{layer}”这个瓦片图层，可选：{TileLayers.Names}（列表见 /tiles）。There is no tile layer '{layer}'; layers: {TileLayers.Names} (see /tiles).");
}
