using Npgsql;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Transfer;
using static Zones.Server.Data.Editing.EditDb;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Inventory;

/// <summary>
/// A road drawn on the map becomes segments (issue #11 §10, contract E): the line is split where it
/// meets the township's live roads and itself, by the same noding as the road import
/// (<see cref="RoadNoding"/>: ends within 0.5 m are joined), every piece keeps the name, class and
/// attributes, and is coded <c>CODE</c>, <c>CODE-2</c> …; live roads the line crosses in their interior are
/// split too (the road keeps its id, code and 包联 for its first piece). A road whose line is edited
/// (<c>updateRoad</c>) is noded the same way against the roads it now meets (issue #12 §2), so the
/// road graph (<c>zones.road_node</c>, kept by the triggers of migration 0016) stays a graph of
/// intersection-to-intersection segments whatever path wrote the line. One transaction, the caller's.
/// </summary>
static class RoadSplitting
{
    const string StageSql = "CREATE TEMP TABLE new_road (row integer, code text, geom geometry) ON COMMIT DROP";

    const string StageRowSql = "INSERT INTO new_road VALUES (1, $1, $2)";

    static readonly string InsertPiecesSql = $"""
        INSERT INTO zones.road (township_code, code, name, class, geom, attributes)
        SELECT $1, {RoadNoding.PieceCodeSql}, $2, $3, p.geom, $4::jsonb
        FROM road_piece p WHERE p.kind = 'new' ORDER BY p.piece
        RETURNING {RoadEditor.Columns}
        """;

    const string SplitRoadsSql = $"SELECT {RoadEditor.Columns} FROM zones.road WHERE id IN (SELECT new_id FROM road_split) ORDER BY id";

    // The edited road's pieces become pieces of an existing road (kind 'old', key = its id), so the split
    // of existing roads handles it as a road that new lines cross: first piece keeps id, code and 包联.
    const string OwnPiecesSql = "UPDATE road_piece SET kind = 'old', key = $1 WHERE kind = 'new'";

    // A line that meets nothing in its interior is one piece, which SplitOldSql leaves alone; its ends
    // may still have been snapped onto a road within 0.5 m.
    const string ReshapeSql = """
        UPDATE zones.road r SET geom = p.geom, version = r.version + 1, updated_at = now()
        FROM road_piece p
        WHERE r.id = $1 AND p.kind = 'old' AND p.key = $1 AND p.piece = 1 AND r.geom IS DISTINCT FROM p.geom
          AND NOT EXISTS (SELECT 1 FROM road_piece q WHERE q.kind = 'old' AND q.key = $1 AND q.piece = 2)
        """;

    const string RoadSql = $"SELECT {RoadEditor.Columns} FROM zones.road WHERE id = $1";

    const string OwnSplitSql = $"""
        SELECT {RoadEditor.Columns} FROM zones.road WHERE id IN (SELECT new_id FROM road_split WHERE road_id = $1) ORDER BY id
        """;

    const string OtherSplitSql = $"""
        SELECT {RoadEditor.Columns} FROM zones.road WHERE id IN (SELECT new_id FROM road_split WHERE road_id <> $1) ORDER BY id
        """;

    /// <summary>
    /// After <paramref name="road"/>'s line was replaced: splits it where it now meets the township's live
    /// roads or itself (pieces 2 … become roads <c>CODE-k</c> with a copy of its 包联) and splits the roads
    /// it crosses. The payload's <c>Road</c> is the road itself (its first piece), <c>Roads</c> all its pieces.
    /// </summary>
    public static async Task<RoadPayload> ReNodeAsync(NpgsqlTransaction tx, RoadRecord road,
                                                     Func<NpgsqlDataReader, RoadRecord> read, CancellationToken ct)
    {
        NpgsqlParameter[] Township() => [P(road.TownshipCode)];
        NpgsqlParameter[] Id() => [P(road.Id)];
        await tx.ExecuteAsync(StageSql, [], ct);
        await tx.ExecuteAsync(StageRowSql, [P(road.Code), Geom(road.Line)], ct);
        foreach (var statement in RoadNoding.NodeSql("new_road"))
            await tx.ExecuteAsync(statement, Township(), ct);
        await tx.ExecuteAsync(OwnPiecesSql, Id(), ct);
        await tx.ExecuteAsync(ReshapeSql, Id(), ct);
        foreach (var statement in RoadNoding.SplitOldSql)
            await tx.ExecuteAsync(statement, Township(), ct);
        var self = (await tx.FirstAsync(RoadSql, Id(), read, ct))!;
        var pieces = await tx.QueryAsync(OwnSplitSql, Id(), read, ct);
        return new(self, []) { Roads = pieces.Count > 0 ? pieces : [self], SplitRoads = await tx.QueryAsync(OtherSplitSql, Id(), read, ct) };
    }

    /// <summary>Writes the pieces of the new road; the payload's <c>Road</c> is the first, <c>SplitRoads</c> the roads it split.</summary>
    public static async Task<RoadPayload> CreateAsync(NpgsqlTransaction tx, CreateRoadInput input,
                                                     Func<NpgsqlDataReader, RoadRecord> read, CancellationToken ct)
    {
        var f = input.Fields;
        NpgsqlParameter[] Township() => [P(input.TownshipCode)];
        await tx.ExecuteAsync(StageSql, [], ct);
        await tx.ExecuteAsync(StageRowSql, [P(f.Code), Geom(f.Line)], ct);
        foreach (var statement in RoadNoding.NodeSql("new_road"))
            await tx.ExecuteAsync(statement, Township(), ct);
        var pieces = await tx.QueryAsync(InsertPiecesSql,
            [P(input.TownshipCode), P(f.Name), P(DbCodes.Code(f.Class)), P(InventoryChecks.Json(f.Attributes))], read, ct);
        foreach (var statement in RoadNoding.SplitOldSql)
            await tx.ExecuteAsync(statement, Township(), ct);
        var split = await tx.QueryAsync(SplitRoadsSql, [], read, ct);
        return new(pieces[0], []) { Roads = pieces, SplitRoads = split };
    }
}
