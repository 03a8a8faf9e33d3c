using Npgsql;
using Zones.Server.Data.Query;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Notifications;

/// <summary>
/// SQL access to <c>zones.notification</c> (and the deliveries it queues): writing notifications for
/// cases, the scheduler's scans, and a reader's list, unread count and read marks. One public method
/// runs one statement; the methods that take a connection run inside the caller's transaction.
/// </summary>
public sealed partial class NotificationStore(NpgsqlDataSource db, NotifyOptions options)
{
    /// <summary>Cases paired with their township, as the statements take them.</summary>
    public sealed record CaseKeys(string[] Townships, long[] Ids)
    {
        public int Count => Ids.Length;

        public static CaseKeys One(string townshipCode, long id) => new([townshipCode], [id]);
    }

    /// <summary>
    /// Notifies <paramref name="cases"/> of <paramref name="kind"/> at <paramref name="at"/> (addressed to each
    /// case's responsible person and unit now) and queues their webhook deliveries; a (case, kind, addressee)
    /// notified before is skipped. Returns how many notifications and deliveries were written.
    /// </summary>
    public async Task<(int Notifications, int Deliveries)> NotifyAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string kind,
                                                                      CaseKeys cases, DateTimeOffset at, CancellationToken ct)
    {
        if (cases.Count == 0)
            return (0, 0);
        await using var cmd = new NpgsqlCommand(NotifySql, conn, tx);
        cmd.Parameters.AddRange(new NpgsqlParameter[] { P(kind), P(cases.Townships), P(cases.Ids), P(at), P(options.PublicBaseUrl.TrimEnd('/')) });
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return (r.GetInt32(0), r.GetInt32(1));
    }

    /// <summary>Cases overdue at <paramref name="at"/> (within the lookback) that have no overdue notification yet.</summary>
    public Task<CaseKeys> OverdueAsync(NpgsqlConnection conn, DateTimeOffset at, CancellationToken ct) =>
        KeysAsync(conn, OverdueSql, ct, P(at), P(options.OverdueLookbackDays), P(options.BatchSize));

    /// <summary>The townships with cases that can still go overdue within the due-soon scan window.</summary>
    public async Task<List<string>> DueSoonTownshipsAsync(NpgsqlConnection conn, DateTimeOffset at, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(DueSoonTownshipsSql, conn);
        cmd.Parameters.AddRange(new NpgsqlParameter[] { P(at), P(options.DueSoonScanDays) });
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<string>();
        while (await r.ReadAsync(ct))
            list.Add(r.GetString(0));
        return list;
    }

    /// <summary>Cases whose deadline lies after <paramref name="at"/> and at or before their township's threshold, not yet notified as due soon.</summary>
    public Task<CaseKeys> DueSoonAsync(NpgsqlConnection conn, DateTimeOffset at, IReadOnlyDictionary<string, DateTimeOffset> thresholds,
                                       CancellationToken ct) =>
        KeysAsync(conn, DueSoonSql, ct, P(at), P(thresholds.Keys.ToArray()),
                  P(thresholds.Values.Select(v => v.ToUniversalTime()).ToArray()), P(options.BatchSize));

    /// <summary>One page of the reader's notifications, newest first (<paramref name="ids"/>: only those).</summary>
    public async Task<Page<Notification>> ListAsync(NotificationReader reader, PageRequest page, bool unreadOnly,
                                                    long[]? ids, CancellationToken ct)
    {
        var (afterAt, afterId) = page.After is { } a ? DecodeCursor(a) : ((DateTimeOffset?)null, 0L);
        await using var cmd = db.CreateCommand(ListSql);
        cmd.Parameters.AddRange(Visible(reader).Concat(new NpgsqlParameter[] { P(afterAt), P(afterId), P(page.First + 1), P(unreadOnly), P(ids) }).ToArray());
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<Notification>();
        while (await r.ReadAsync(ct))
            rows.Add(new Notification(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.Time(4), r.TimeOrNull(5),
                r.GetString(6), r.Text(7), r.GetString(8), r.GetDouble(9), r.GetDouble(10), r.GetString(11), r.Long(12), r.Text(13),
                r.Long(14), r.Text(15), r.GetBoolean(16)));
        var edges = rows.Take(page.First).Select(n => new Edge<Notification>(n, EncodeCursor(n), null)).ToList();
        return new Page<Notification>(edges, rows.Count > page.First, page.After is not null);
    }

    /// <summary>How many notifications the reader has not read.</summary>
    public async Task<int> UnreadCountAsync(NotificationReader reader, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(UnreadSql);
        cmd.Parameters.AddRange(Visible(reader));
        return (int)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Marks the reader's notifications <paramref name="ids"/> (null: all of them) read; returns how many were unread.</summary>
    public async Task<int> MarkReadAsync(NotificationReader reader, long[]? ids, DateTimeOffset at, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(MarkReadSql);
        cmd.Parameters.AddRange(Visible(reader).Concat(new NpgsqlParameter[] { P(ids), P(at) }).ToArray());
        return (int)(await cmd.ExecuteScalarAsync(ct))!;
    }

    static NpgsqlParameter[] Visible(NotificationReader reader) =>
        [P(reader.Readable), P(reader.PersonId), P(reader.UnitId), P(reader.AdminTownships), P(reader.Reader.ToLowerInvariant())];

    static async Task<CaseKeys> KeysAsync(NpgsqlConnection conn, string sql, CancellationToken ct, params NpgsqlParameter[] parameters)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.AddRange(parameters);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var (townships, ids) = (new List<string>(), new List<long>());
        while (await r.ReadAsync(ct))
        {
            townships.Add(r.GetString(0));
            ids.Add(r.GetInt64(1));
        }
        return new CaseKeys([.. townships], [.. ids]);
    }

    const string Sort = "notifications";

    static string EncodeCursor(Notification n) =>
        Cursor.Encode(Sort, n.CreatedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), n.Id);

    static (DateTimeOffset?, long) DecodeCursor(string cursor)
    {
        var (key, id) = Cursor.Decode(cursor, Sort);
        return long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
            ? (new DateTimeOffset(ticks, TimeSpan.Zero), id)
            : throw new CursorException($"游标无效 (cursor \"{cursor}\" is malformed): use the cursor of a page this server returned.");
    }
}
