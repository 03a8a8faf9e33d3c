using Npgsql;
using Zones.Server.Data.Analysis;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Tiles;

/// <summary>
/// Builds Mapbox Vector Tiles in PostGIS (<c>ST_AsMVT</c>), one statement per tile, for the layers
/// of <see cref="TileLayers"/>, each holding only rows of the townships the caller may read.
/// </summary>
public sealed partial class TileStore(TileDatabase tiles, GapTileCache gapCache)
{
    readonly Replica.ReadDataSource db = tiles.Reads;

    /// <summary>
    /// The tile's MVT bytes (empty when no feature of the layer touches it) and the data revision
    /// they were read at, in the same statement (so the same snapshot); null revision for gaps.
    /// </summary>
    /// <exception cref="AnalysisSettingsException">A township's analysis settings cannot be read (gaps only).</exception>
    public async Task<RenderedTile> TileAsync(TileLayer layer, TileAddress tile, IReadOnlyCollection<string> townships, CancellationToken ct)
    {
        if (layer.Id == "gaps")
            return new RenderedTile(await GapsTileAsync(tile, townships, ct), null);
        var clustered = tile.Z < layer.ClusterBelowZoom;
        var sql = layer.Id switch
        {
            "zones" => ZonesSql,
            "roads" => RoadsSql,
            "assets" => clustered ? AssetCellsSql : AssetsSql,
            "complaints" => clustered ? ComplaintCellsSql : ComplaintsSql,
            "shops" => ShopsSql,
            _ => throw new ArgumentOutOfRangeException(nameof(layer), layer.Id, "not a tile layer"),
        };
        await using var cmd = db.CreateCommand($"SELECT ({RevisionSql(layer, "$4")}), ({sql})");
        cmd.Parameters.AddRange(new NpgsqlParameter[] { P(tile.Z), P(tile.X), P(tile.Y), P(townships.ToArray()) });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new RenderedTile(reader.IsDBNull(1) ? [] : reader.GetFieldValue<byte[]>(1), reader.GetString(0));
    }

    /// <summary>
    /// The data revision of <paramref name="layer"/> over <paramref name="townships"/> without rendering
    /// anything (a revalidation answers 304 from it); null for gaps, whose ETag comes from the bytes.
    /// </summary>
    public async Task<string?> RevisionAsync(TileLayer layer, IReadOnlyCollection<string> townships, CancellationToken ct)
    {
        if (layer.Id == "gaps")
            return null;
        await using var cmd = db.CreateCommand($"SELECT {RevisionSql(layer, "$1")}");
        cmd.Parameters.Add(P(townships.ToArray()));
        return (string)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>minLon, minLat, maxLon, maxLat of the zones of <paramref name="townships"/>; null when there are none.</summary>
    public async Task<double[]?> ExtentAsync(IReadOnlyCollection<string> townships, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ExtentSql);
        cmd.Parameters.Add(P(townships.ToArray()));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? [reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3)] : null;
    }

    // Only the gaps whose box meets the tile (with its buffer) travel to PostgreSQL.
    async Task<byte[]> GapsTileAsync(TileAddress tile, IReadOnlyCollection<string> townships, CancellationToken ct)
    {
        var (minLon, minLat, maxLon, maxLat) = tile.LonLatBounds(64.0 / 4096);
        var box = new NetTopologySuite.Geometries.Envelope(minLon, maxLon, minLat, maxLat);
        var inTile = new List<TileGap>();
        foreach (var township in await GapTownshipsAsync(tile, townships, ct))
            inTile.AddRange((await gapCache.ForTownshipAsync(township, ct)).Where(g => g.Box.Intersects(box)));
        if (inTile.Count == 0)
            return [];
        return await RunAsync(GapsSql, tile,
        [
            Geoms(inTile.Select(g => g.Shape)), P(inTile.Select(g => g.Kind).ToArray()),
            P(inTile.Select(g => g.Label).ToArray()), P(inTile.Select(g => g.Description).ToArray()),
            P(inTile.Select(g => g.AreaM2).ToArray()), P(inTile.Select(g => g.LengthM).ToArray()),
            P(inTile.Select(g => g.LightsNeeded).ToArray()), P(inTile.Select(g => g.BinsNeeded).ToArray()),
            P(inTile.Select(g => g.ZoneId).ToArray()),
        ], ct);
    }

    async Task<List<string>> GapTownshipsAsync(TileAddress tile, IReadOnlyCollection<string> townships, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(GapTownshipsSql);
        cmd.Parameters.AddRange(new NpgsqlParameter[] { P(tile.Z), P(tile.X), P(tile.Y), P(townships.ToArray()) });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var found = new List<string>();
        while (await reader.ReadAsync(ct))
            found.Add(reader.GetString(0));
        return found;
    }

    async Task<byte[]> RunAsync(string sql, TileAddress tile, NpgsqlParameter[] more, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(sql);
        cmd.Parameters.AddRange((NpgsqlParameter[])[P(tile.Z), P(tile.X), P(tile.Y), .. more]);
        return await cmd.ExecuteScalarAsync(ct) as byte[] ?? [];
    }
}
