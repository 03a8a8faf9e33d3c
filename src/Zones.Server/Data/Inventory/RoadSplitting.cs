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
/// split too (the road keeps its id, code and 包联 for its first piece). One transaction, the caller's.
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
