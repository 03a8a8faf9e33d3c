using NetTopologySuite.Geometries;
using Npgsql;
using static Zones.Server.Data.Editing.EditDb;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Editing;

/// <summary>
/// SQL access to <c>zones.zone</c> inside a write transaction. The <c>zone_keep_history</c>
/// trigger archives the old row and bumps <c>version</c> on every real change, and the audit
/// trigger logs it with the transaction's actor, so these statements never touch either.
/// </summary>
static class ZoneRows
{
    const string Columns = "id, township_code, parent_id, level, code, name, status, geom, version, valid_from, valid_to";

    // ORDER BY id: concurrent editors lock rows in the same order and so never deadlock each other.
    const string LockSql = $"""
        SELECT {Columns} FROM zones.zone WHERE id = ANY($1) ORDER BY id FOR UPDATE
        """;

    const string InsertSql = $"""
        INSERT INTO zones.zone (township_code, parent_id, level, code, name, status, geom)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        RETURNING {Columns}
        """;

    const string UpdateSql = $"""
        UPDATE zones.zone
        SET geom = coalesce($2, geom), name = coalesce($3, name),
            code = coalesce($4, code), status = coalesce($5, status)
        WHERE id = $1
        RETURNING {Columns}
        """;

    const string RetireSql = $"""
        UPDATE zones.zone SET valid_to = now(), status = 'retired' WHERE id = ANY($1) RETURNING {Columns}
        """;

    const string MergeIntoSql = $"""
        UPDATE zones.zone
        SET geom = (SELECT ST_Multi(ST_CollectionExtract(ST_Union(geom), 3)) FROM zones.zone WHERE id = ANY($2)),
            name = coalesce($3, name), code = coalesce($4, code)
        WHERE id = $1
        RETURNING {Columns}
        """;

    const string LiveChildrenSql = """
        SELECT id, code, name FROM zones.zone WHERE parent_id = ANY($1) AND valid_to IS NULL ORDER BY code, id
        """;

    const string ReparentSql = """
        UPDATE zones.zone SET parent_id = $2 WHERE id = ANY($1)
        """;

    // Retired children count too: a code names one zone for good, in history and on printed maps.
    const string NextSequenceSql = """
        SELECT p.code, coalesce(max(right(c.code, 3)::int), 0) + 1
        FROM zones.zone p
        LEFT JOIN zones.zone c ON c.parent_id = p.id AND length(c.code) = length(p.code) + 3
                               AND starts_with(c.code, p.code)
        WHERE p.id = $1
        GROUP BY p.code
        """;

    // Assignments active now on the zones in $1 end now; copies open now on each zone in $2
    // (empty for a retire or merge). Both CTEs read the same snapshot, so the copies carry the
    // old end dates. Rows that start in the future are left alone.
    const string CarryAssignmentsSql = """
        WITH active AS (
          SELECT id, township_code, person_id, unit_id, role, is_primary, valid_to, note
          FROM zones.assignment
          WHERE target_kind = 'zone' AND zone_id = ANY($1) AND valid_from < now()
            AND (valid_to IS NULL OR valid_to > now())
          FOR UPDATE
        ), closed AS (
          UPDATE zones.assignment a SET valid_to = now() FROM active WHERE a.id = active.id
        )
        INSERT INTO zones.assignment (township_code, target_kind, zone_id, person_id, unit_id, role, is_primary,
                                      valid_from, valid_to, note)
        SELECT township_code, 'zone', part, person_id, unit_id, role, is_primary, now(), valid_to, note
        FROM active CROSS JOIN unnest($2::bigint[]) AS part
        """;

    public static Task<List<ZoneRecord>> LockAsync(NpgsqlTransaction tx, IEnumerable<long> ids, CancellationToken ct) =>
        tx.QueryAsync(LockSql, [P(ids.ToArray())], Read, ct);

    public static async Task<ZoneRecord?> LockLiveAsync(NpgsqlTransaction tx, long id, CancellationToken ct) =>
        (await LockAsync(tx, [id], ct)).FirstOrDefault(z => z.IsLive);

    public static async Task<ZoneRecord> InsertAsync(NpgsqlTransaction tx, string townshipCode, long? parentId, ZoneLevel level,
        string code, string name, ZoneStatus status, Geometry boundary, CancellationToken ct) =>
        (await tx.FirstAsync(InsertSql, [P(townshipCode), P(parentId), P(DbCodes.Code(level)), P(code), P(name),
                                         P(DbCodes.Code(status)), Geom(boundary)], Read, ct))!;

    public static async Task<ZoneRecord> UpdateAsync(NpgsqlTransaction tx, long id, Geometry? boundary, string? name,
                                                     string? code, ZoneStatus? status, CancellationToken ct) =>
        (await tx.FirstAsync(UpdateSql, [P(id), Geom(boundary), P(name), P(code),
                                         P(status is { } s ? DbCodes.Code(s) : null)], Read, ct))!;

    public static Task<List<ZoneRecord>> RetireAsync(NpgsqlTransaction tx, IEnumerable<long> ids, CancellationToken ct) =>
        tx.QueryAsync(RetireSql, [P(ids.ToArray())], Read, ct);

    /// <summary>Gives zone <paramref name="id"/> the union of the boundaries of <paramref name="ids"/> (itself included).</summary>
    public static async Task<ZoneRecord> MergeIntoAsync(NpgsqlTransaction tx, long id, IEnumerable<long> ids, string? name,
                                                        string? code, CancellationToken ct) =>
        (await tx.FirstAsync(MergeIntoSql, [P(id), P(ids.ToArray()), P(name), P(code)], Read, ct))!;

    public static Task<List<ZoneRef>> LiveChildrenAsync(NpgsqlTransaction tx, IEnumerable<long> parentIds, CancellationToken ct) =>
        tx.QueryAsync(LiveChildrenSql, [P(parentIds.ToArray())], r => new ZoneRef(r.GetInt64(0), r.GetString(1), r.GetString(2)), ct);

    public static Task<int> ReparentAsync(NpgsqlTransaction tx, IEnumerable<long> childIds, long newParentId, CancellationToken ct) =>
        tx.ExecuteAsync(ReparentSql, [P(childIds.ToArray()), P(newParentId)], ct);

    /// <summary>The parent's code and the next free 3-digit sequence number under it.</summary>
    public static async Task<(string ParentCode, int Next)> NextSequenceAsync(NpgsqlTransaction tx, long parentId, CancellationToken ct) =>
        await tx.FirstAsync(NextSequenceSql, [P(parentId)], r => (r.GetString(0), r.GetInt32(1)), ct);

    /// <summary>Ends the zones' active assignments now and opens copies on <paramref name="toIds"/>.</summary>
    public static Task<int> CarryAssignmentsAsync(NpgsqlTransaction tx, IEnumerable<long> fromIds, IEnumerable<long> toIds,
                                                  CancellationToken ct) =>
        tx.ExecuteAsync(CarryAssignmentsSql, [P(fromIds.ToArray()), P(toIds.ToArray())], ct);

    public static ZoneRecord Read(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.Nullable<long>(2), DbCodes.Parse<ZoneLevel>(r.GetString(3)), r.GetString(4),
            r.GetString(5), DbCodes.Parse<ZoneStatus>(r.GetString(6)), r.GeometryOrNull(7)!, r.GetInt32(8),
            r.GetFieldValue<DateTimeOffset>(9), r.Nullable<DateTimeOffset>(10));
}
