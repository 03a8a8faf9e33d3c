using Npgsql;
using Zones.Server.Data.Complaints;

namespace Zones.Server.Data.Photos;

/// <summary>
/// Moves photos stored in the database (0026's bytes) into the photo folder, for a county that switches to
/// <see cref="PhotoOptions.Folder"/>: <c>zones photos move-to-folder</c>. Batch by batch, each in its own
/// transaction: the files are written first, then the rows get their key and lose their bytes, so a stop at any
/// point leaves every row readable and the next run carries on with what is left (a rerun after the end moves nothing).
/// </summary>
/// <remarks>
/// Rows are taken <c>FOR UPDATE SKIP LOCKED</c>, so two runs (or a run beside a serving instance) never move one
/// photo twice. A batch that fails leaves files no row references, for <see cref="PhotoSweeper"/>. PostgreSQL
/// reuses the freed space after (auto)vacuum; <c>VACUUM FULL zones.complaint_photo</c> returns it to the disk.
/// </remarks>
public sealed class PhotoMover(NpgsqlDataSource db, PhotoFolder folder)
{
    const string RemainingSql = "SELECT count(*) FROM zones.complaint_photo WHERE file_key IS NULL";

    const string TakeSql = """
        SELECT township_code, id, uploaded_at, jpeg, thumbnail
        FROM zones.complaint_photo
        WHERE file_key IS NULL
        ORDER BY id
        LIMIT $1
        FOR UPDATE SKIP LOCKED
        """;

    const string KeySql = """
        UPDATE zones.complaint_photo p SET file_key = k.file_key, jpeg = NULL, thumbnail = NULL
        FROM unnest($1::text[], $2::bigint[], $3::text[]) k (township_code, id, file_key)
        WHERE p.township_code = k.township_code AND p.id = k.id
        """;

    /// <summary>How many photos are still in the database.</summary>
    public async Task<long> RemainingAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(RemainingSql);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Moves one batch of up to <paramref name="batch"/> photos; returns how many it moved (0 = done).</summary>
    public Task<int> MoveBatchAsync(int batch, CancellationToken ct) =>
        db.InTransactionAsync(Actor.System, async (conn, tx) =>
        {
            var (townships, ids, keys) = (new List<string>(), new List<long>(), new List<string>());
            await using (var take = Db.Command(conn, tx, TakeSql, Sql.P(batch)))
            await using (var reader = await take.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct))
                {
                    var township = reader.GetString(0);
                    // The upload's month, so an old photo lands beside its contemporaries.
                    keys.Add(await folder.SaveAsync(township, reader.GetFieldValue<byte[]>(3), reader.GetFieldValue<byte[]>(4), reader.Time(2), ct));
                    townships.Add(township);
                    ids.Add(reader.GetInt64(1));
                }
            if (ids.Count == 0)
                return 0;
            await using var update = Db.Command(conn, tx, KeySql, Sql.P(townships.ToArray()), Sql.P(ids.ToArray()), Sql.P(keys.ToArray()));
            return await update.ExecuteNonQueryAsync(ct);
        }, null, ct);
}
