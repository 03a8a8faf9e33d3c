using Npgsql;
using Zones.Server.Data.Complaints;

namespace Zones.Server.Data.Photos;

/// <summary>
/// SQL access to <c>zones.complaint_photo</c> (migrations 0026, 0032). One public method runs one statement;
/// <see cref="AddAsync"/> runs inside the caller's write transaction, so a report or an upload with
/// several photos stores all of them or none. The bytes go into the row, or — when
/// <see cref="PhotoOptions.Folder"/> is set — into files written before the row (<see cref="PhotoFolder"/>);
/// reads take them from wherever the row says, so both kinds of rows live side by side. Every upload path
/// (resident report, staff photos, Open311 media) stores through <see cref="AddAsync"/>.
/// Stores no rule about who may see a photo: callers ask <see cref="PhotoVisibility"/>.
/// </summary>
public sealed class PhotoStore(NpgsqlDataSource db, PhotoFolder folder, TimeProvider clock, ILogger<PhotoStore> log)
{
    const string Columns = "p.id, p.township_code, p.complaint_id, p.phase, p.width, p.height, p.exif_lon, p.exif_lat, p.taken_at, p.uploaded_by, p.uploaded_at";

    const string AddSql = """
        INSERT INTO zones.complaint_photo (township_code, complaint_id, phase, jpeg, thumbnail, width, height,
                                           exif_lon, exif_lat, taken_at, uploaded_by, uploaded_at, file_key)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now(), $12)
        RETURNING id
        """;

    /// <summary>Stores <paramref name="photo"/> as a photo of phase <paramref name="phase"/> of the case; returns its id.</summary>
    /// <remarks>
    /// The database refuses a township outside the actor's scope (ZN403, 0009) and a case that does not exist (foreign key).
    /// With a folder, the files are on disk before the INSERT: a row never points at a file that is not there, and a
    /// transaction that rolls back afterwards leaves files no row references, which <see cref="PhotoSweeper"/> removes.
    /// </remarks>
    public async Task<long> AddAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string townshipCode, long complaintId, string phase,
                                     EncodedPhoto photo, Actor actor, CancellationToken ct)
    {
        var key = folder.Configured ? await folder.SaveAsync(townshipCode, photo.Jpeg, photo.Thumbnail, clock.GetUtcNow(), ct) : null;
        await using var cmd = Db.Command(conn, tx, AddSql, Sql.P(townshipCode), Sql.P(complaintId), Sql.P(phase),
            Sql.P(key is null ? photo.Jpeg : null), Sql.P(key is null ? photo.Thumbnail : null), Sql.P(photo.Width), Sql.P(photo.Height),
            Sql.P(photo.ExifLon), Sql.P(photo.ExifLat), Sql.P(photo.TakenAt?.ToUniversalTime()), Sql.P(actor.Name), Sql.P(key));
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    const string LockCaseSql = """
        SELECT id, township_code, case_number, stage, responsible_person_id, responsible_unit_id
        FROM zones.complaint
        WHERE id = $1
        FOR UPDATE
        """;

    /// <summary>
    /// Locks the case until the transaction ends (its stage cannot move while photos are attached) and
    /// reads what the attaching needs; null when there is no such case.
    /// </summary>
    public async Task<PhotoCase?> LockCaseAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long complaintId, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, LockCaseSql, Sql.P(complaintId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct)
            ? new PhotoCase(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.Nullable<long>(4), r.Nullable<long>(5))
            : null;
    }

    // The pairs travel as two arrays and unnest together, so the lookup stays on the
    // (township_code, complaint_id) index — one partition per township once complaints are partitioned.
    const string ForComplaintsSql = $"""
        SELECT {Columns}
        FROM unnest($1::text[], $2::bigint[]) k (township_code, complaint_id)
        JOIN zones.complaint_photo p ON p.township_code = k.township_code AND p.complaint_id = k.complaint_id
        ORDER BY p.complaint_id, p.id
        """;

    /// <summary>The photos of one case, oldest first.</summary>
    public async Task<IReadOnlyList<CasePhoto>> ForComplaintAsync(string townshipCode, long complaintId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await ForComplaintAsync(conn, null, townshipCode, complaintId, ct);
    }

    /// <summary>The photos of one case, oldest first, inside the caller's transaction (a write sees its own rows).</summary>
    public async Task<IReadOnlyList<CasePhoto>> ForComplaintAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string townshipCode,
                                                                 long complaintId, CancellationToken ct) =>
        (await ForComplaintsAsync(conn, tx, [(townshipCode, complaintId)], ct))[complaintId].ToList();

    /// <summary>The photos of many cases in one statement (a GraphQL loader's batch), oldest first per case.</summary>
    public async Task<ILookup<long, CasePhoto>> ForComplaintsAsync(IReadOnlyCollection<(string TownshipCode, long Id)> cases, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await ForComplaintsAsync(conn, null, cases, ct);
    }

    async Task<ILookup<long, CasePhoto>> ForComplaintsAsync(NpgsqlConnection conn, NpgsqlTransaction? tx,
                                                            IReadOnlyCollection<(string TownshipCode, long Id)> cases, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, ForComplaintsSql, Sql.P(cases.Select(c => c.TownshipCode).ToArray()),
                                         Sql.P(cases.Select(c => c.Id).ToArray()));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var photos = new List<CasePhoto>();
        while (await reader.ReadAsync(ct))
            photos.Add(Read(reader));
        return photos.ToLookup(p => p.ComplaintId);
    }

    const string ReadSql = $"""
        SELECT {Columns}, c.stage, t.is_public, CASE WHEN $2 THEN p.thumbnail ELSE p.jpeg END, p.file_key
        FROM zones.complaint_photo p
        JOIN zones.complaint c ON c.township_code = p.township_code AND c.id = p.complaint_id
        JOIN zones.township t ON t.division_code = p.township_code
        WHERE p.id = $1
        """;

    /// <summary>
    /// The photo (or its thumbnail) with its case's stage and township publicity, or null when there is none.
    /// Its <see cref="PhotoFile.Bytes"/> are null when the row names a file that is not in the folder (logged as a warning).
    /// </summary>
    public async Task<PhotoFile?> ReadAsync(long id, bool thumbnail, CancellationToken ct)
    {
        PhotoFile file;
        string? key;
        await using (var cmd = db.CreateCommand(ReadSql))
        {
            cmd.Parameters.Add(Sql.P(id));
            cmd.Parameters.Add(Sql.P(thumbnail));
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
                return null;
            key = reader.Text(14);
            file = new PhotoFile(Read(reader), reader.GetString(11), reader.GetBoolean(12), key is null ? reader.GetFieldValue<byte[]>(13) : null);
        }
        if (key is null)
            return file;
        // Read once the connection is back in the pool: a slow disk holds no database connection.
        var bytes = await folder.ReadAsync(key, thumbnail, ct);
        if (bytes is null)
            log.LogWarning("Photo {Id}: its file {Key} is not in the photo folder {Folder} ({Setting}); restore it from the backup",
                           id, thumbnail ? PhotoFolder.ThumbnailOf(key) : key, folder.Configured ? folder.Root : "(not set)", PhotoFolder.Setting);
        return file with { Bytes = bytes };
    }

    static CasePhoto Read(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5),
            r.Nullable<double>(6), r.Nullable<double>(7), r.Nullable<DateTimeOffset>(8), r.GetString(9), r.Time(10));
}
