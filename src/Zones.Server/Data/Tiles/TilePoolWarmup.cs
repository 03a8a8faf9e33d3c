using Npgsql;

namespace Zones.Server.Data.Tiles;

/// <summary>
/// Opens the tile pool's connections when the server starts and keeps them (<see cref="KeepOpen"/> is the pool's
/// minimum): a browser asks for six tiles at once, and each tile on a new connection paid for the backend's start
/// and for loading PostGIS and PROJ in it (~0.2 s each on this machine under load, more than the tile itself), the
/// first time and again whenever an idle pool had been pruned. <c>Zones:WarmTilePool=false</c> turns it off (tests).
/// </summary>
sealed class TilePoolWarmup(TileDatabase tiles, IConfiguration configuration, ILogger<TilePoolWarmup> logger) : BackgroundService
{
    /// <summary>Connections kept open: Chromium's and Firefox's parallel requests per host.</summary>
    public const int KeepOpen = 6;

    // Loads PostGIS and a Web Mercator transformation (PROJ) in the backend.
    const string WarmSql = "SELECT ST_AsMVTGeom(ST_Transform(ST_SetSRID(ST_MakePoint(120, 30), 4326), 3857), ST_TileEnvelope(0, 0, 0))";

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        if (!configuration.GetValue("Zones:WarmTilePool", true))
            return;
        var open = new List<NpgsqlConnection>();
        try
        {
            // All open at once, so each is a backend of its own, then warmed and handed back to the pool.
            for (var i = 0; i < KeepOpen; i++)
                open.Add(await tiles.Source.OpenConnectionAsync(ct));
            await Task.WhenAll(open.Select(async conn =>
            {
                await using var cmd = new NpgsqlCommand(WarmSql, conn);
                await cmd.ExecuteScalarAsync(ct);
            }));
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Opening the tile connections ahead of the first map failed; tiles open their own");
        }
        finally
        {
            foreach (var conn in open)
                await conn.DisposeAsync();
        }
    }
}
