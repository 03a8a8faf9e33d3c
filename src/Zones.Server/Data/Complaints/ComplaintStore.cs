using Npgsql;

namespace Zones.Server.Data.Complaints;

/// <summary>
/// SQL access to <c>zones.complaint</c> and <c>zones.complaint_event</c>. One public method runs one
/// statement; the methods that take a connection run inside the caller's transaction.
/// </summary>
public sealed partial class ComplaintStore(NpgsqlDataSource db)
{
    /// <summary>The case with this id, or null.</summary>
    public async Task<Complaint?> FindAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await FindAsync(conn, null, id, ct);
    }

    public Task<Complaint?> FindAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, long id, CancellationToken ct) =>
        FindAsync(conn, tx, id, null, ct);

    /// <summary>The case with this id in <paramref name="township"/> (its partition only), or null.</summary>
    public async Task<Complaint?> FindAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, long id, string? township, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, FindSql, Sql.P(id), Sql.P(township));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    /// <summary>One page of cases matching <paramref name="q"/> in its townships, newest report first.</summary>
    public async Task<List<Complaint>> ListAsync(ComplaintQuery q, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ListSql);
        cmd.Parameters.AddRange(new NpgsqlParameter[] {
            Sql.P(q.PublicIds?.ToArray()), Sql.P(q.Services?.Select(s => s.Kind).ToArray()), Sql.P(q.Services?.Select(s => s.Code).ToArray()),
            Sql.P(q.From), Sql.P(q.To), Sql.P(q.Finished), Sql.P(q.Limit), Sql.P(q.Offset), Sql.P(q.Townships?.ToArray() ?? []), Sql.P(q.Stage) });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var list = new List<Complaint>();
        while (await reader.ReadAsync(ct))
            list.Add(Read(reader));
        return list;
    }

    /// <summary>The public ids of the cases numbered <paramref name="caseNumber"/> in <paramref name="townships"/>.</summary>
    public async Task<List<string>> PublicIdsOfAsync(string caseNumber, IReadOnlyList<string> townships, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(HoldersSql);
        cmd.Parameters.Add(Sql.P(caseNumber));
        cmd.Parameters.Add(Sql.P(townships.ToArray()));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var ids = new List<string>();
        while (await reader.ReadAsync(ct))
            ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>The history of a case, oldest first.</summary>
    public async Task<List<ComplaintEvent>> EventsAsync(long complaintId, CancellationToken ct) =>
        (await EventsAsync([complaintId], ct))[complaintId].ToList();

    /// <summary>The histories of many cases in one statement (a GraphQL loader's batch), oldest first.</summary>
    public async Task<ILookup<long, ComplaintEvent>> EventsAsync(IReadOnlyCollection<long> complaintIds, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(EventsSql);
        cmd.Parameters.Add(Sql.P(complaintIds.ToArray()));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var list = new List<(long, ComplaintEvent)>();
        while (await reader.ReadAsync(ct))
            list.Add((reader.GetInt64(8), new ComplaintEvent(reader.GetInt64(0), reader.GetString(1), reader.Text(2), reader.GetString(3),
                reader.GetString(4), reader.Text(5), reader.Nullable<DateTimeOffset>(6), reader.GetFieldValue<DateTimeOffset>(7), reader.Text(9)) { PublicNote = reader.Text(10) }));
        return list.ToLookup(e => e.Item1, e => e.Item2);
    }

    /// <summary>Locks the case row until the transaction ends; returns its version, or null when there is no such case.</summary>
    public async Task<int?> LockAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id, CancellationToken ct) =>
        (await LockAsync(conn, tx, id, null, ct))?.Version;

    /// <summary>
    /// Locks the case row until the transaction ends and returns its version and township, or null when there is
    /// no such case (in <paramref name="township"/>, when given: the actor's own, so one partition is searched).
    /// </summary>
    public async Task<(int Version, string TownshipCode)?> LockAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id,
                                                                    string? township, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, LockSql, Sql.P(id), Sql.P(township));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetInt32(0), reader.GetString(1)) : null;
    }

    /// <summary>The stage a shelved case <paramref name="c"/> was shelved from (its last 挂账 event), or null.</summary>
    public async Task<string?> ShelvedFromAsync(NpgsqlConnection conn, NpgsqlTransaction tx, (string TownshipCode, long Id) c, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, ShelvedFromSql, Sql.P(c.Id), Sql.P(c.TownshipCode));
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>Writes one step of the history of case <paramref name="c"/>, with no public note.</summary>
    public Task AddEventAsync(NpgsqlConnection conn, NpgsqlTransaction tx, (string TownshipCode, long Id) c,
                              string action, string? from, string to, Actor actor, string? note,
                              DateTimeOffset? deadline, DateTimeOffset at, CancellationToken ct) =>
        AddEventAsync(conn, tx, c, action, from, to, actor, note, null, deadline, at, ct);

    /// <summary>Writes one step of the history of case <paramref name="c"/>; <paramref name="publicNote"/> is its 公开答复.</summary>
    public async Task AddEventAsync(NpgsqlConnection conn, NpgsqlTransaction tx, (string TownshipCode, long Id) c,
                                    string action, string? from, string to, Actor actor, string? note, string? publicNote,
                                    DateTimeOffset? deadline, DateTimeOffset at, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, AddEventSql, Sql.P(c.TownshipCode), Sql.P(c.Id), Sql.P(action),
            Sql.P(from), Sql.P(to), Sql.P(actor.Name), Sql.P(actor.PersonId), Sql.P(note), Sql.P(deadline), Sql.P(at),
            Sql.P(publicNote));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// The 公开答复 of a case, oldest first: what Open311 <c>status_notes</c> and the resident status page show.
    /// Internal notes are never among them.
    /// </summary>
    public async Task<List<PublicNote>> PublicNotesAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string townshipCode,
                                                         long complaintId, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, PublicNotesSql, Sql.P(townshipCode), Sql.P(complaintId));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var notes = new List<PublicNote>();
        while (await reader.ReadAsync(ct))
            notes.Add(new PublicNote(reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1), reader.GetString(2)));
        return notes;
    }

    /// <summary>Stores <paramref name="change"/> of case <paramref name="c"/> and bumps the version.</summary>
    public async Task UpdateAsync(NpgsqlConnection conn, NpgsqlTransaction tx, (string TownshipCode, long Id) c, ComplaintChange change,
                                  DateTimeOffset now, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, UpdateSql, Sql.P(c.Id), Sql.P(change.Stage), Sql.P(change.StageDeadline),
            Sql.P(change.Deadline), Sql.P(change.DisposedAt), Sql.P(change.ClosedAt), Sql.P(change.ResponsiblePersonId),
            Sql.P(change.ResponsibleUnitId), Sql.P(change.ReworkCount), Sql.P(change.ExtensionCount), Sql.P(now),
            Sql.P(c.TownshipCode));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    static Complaint Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetDouble(3), r.GetDouble(4), r.GetString(5), r.GetString(6),
        r.Text(7), r.GetString(8), r.GetString(9), r.Text(10), r.GetString(11), r.Nullable<long>(12), r.Text(13),
        r.Nullable<long>(14), r.Text(15), r.Nullable<long>(16), r.Nullable<long>(17), r.Nullable<long>(18), r.Text(19),
        r.Nullable<long>(20), r.Text(21), r.GetString(22), r.GetFieldValue<DateTimeOffset>(23),
        r.Nullable<DateTimeOffset>(24), r.Nullable<DateTimeOffset>(25), r.Nullable<DateTimeOffset>(26),
        r.Nullable<DateTimeOffset>(27), r.GetFieldValue<DateTimeOffset>(28), r.GetInt32(29), r.GetInt32(30),
        r.Text(31), r.Text(32), r.Text(33), r.Text(34), r.GetInt32(35), r.Text(36), r.GetBoolean(37), r.GetInt32(38))
    {
        PublicId = r.GetString(39),
        PublicNote = r.Text(40),
    };
}
