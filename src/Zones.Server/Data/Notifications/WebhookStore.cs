using Npgsql;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Notifications;

/// <summary>
/// SQL access to <c>zones.webhook</c>, its secret and its delivery log. One public method runs one
/// statement; the methods that take a connection run inside the caller's transaction.
/// </summary>
public sealed partial class WebhookStore(NpgsqlDataSource db)
{
    /// <summary>The webhooks of <paramref name="townships"/>.</summary>
    public async Task<List<Webhook>> ListAsync(string[] townships, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ListSql);
        cmd.Parameters.Add(P(townships));
        return await ReadAllAsync(cmd, ReadWebhook, ct);
    }

    public async Task<Webhook?> FindAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, long id, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(FindSql, conn, tx);
        cmd.Parameters.Add(P(id));
        return (await ReadAllAsync(cmd, ReadWebhook, ct)).FirstOrDefault();
    }

    /// <summary>The township of webhook <paramref name="id"/>, or null when there is none.</summary>
    public async Task<string?> TownshipOfAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, long id, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(TownshipOfSql, conn, tx);
        cmd.Parameters.Add(P(id));
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>Creates a webhook with its secret; returns its id.</summary>
    public async Task<long> InsertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, WebhookInput w, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(InsertSql, conn, tx);
        cmd.Parameters.AddRange(new NpgsqlParameter[] { P(w.TownshipCode), P(w.Name.Trim()), P(w.Url.Trim()), P(w.Enabled), P(w.Events), P(w.Secret) });
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Changes a webhook (and its secret when one is given); false when there is none or its version is not the expected one.</summary>
    public async Task<bool> UpdateAsync(NpgsqlConnection conn, NpgsqlTransaction tx, WebhookInput w, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(UpdateSql, conn, tx);
        cmd.Parameters.AddRange(new NpgsqlParameter[] { P(w.Id!.Value), P(w.Name.Trim()), P(w.Url.Trim()), P(w.Enabled), P(w.Events), P(w.Secret),
                                                        P(w.ExpectedVersion) });
        return await cmd.ExecuteScalarAsync(ct) is long;
    }

    /// <summary>Deletes a webhook with its secret and delivery log; false when there is none.</summary>
    public async Task<bool> DeleteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(DeleteSql, conn, tx);
        cmd.Parameters.Add(P(id));
        return await cmd.ExecuteScalarAsync(ct) is long;
    }

    /// <summary>The delivery log of a webhook in <paramref name="townships"/>, newest first.</summary>
    public async Task<List<WebhookDelivery>> DeliveriesAsync(long webhookId, string[] townships, string? status, int limit,
                                                             CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(DeliveriesSql);
        cmd.Parameters.AddRange(new NpgsqlParameter[] { P(webhookId), P(townships), P(status), P(limit) });
        return await ReadAllAsync(cmd, ReadDelivery, ct);
    }

    /// <summary>The newest delivery of each of <paramref name="webhookIds"/> (none for a webhook that never sent).</summary>
    public async Task<Dictionary<long, WebhookDelivery>> LastDeliveriesAsync(long[] webhookIds, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(LastDeliveriesSql);
        cmd.Parameters.Add(P(webhookIds));
        return (await ReadAllAsync(cmd, ReadDelivery, ct)).ToDictionary(d => d.WebhookId);
    }

    public async Task<WebhookDelivery?> DeliveryAsync(string townshipCode, long id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(DeliverySql);
        cmd.Parameters.AddRange(new NpgsqlParameter[] { P(townshipCode), P(id) });
        return (await ReadAllAsync(cmd, ReadDelivery, ct)).FirstOrDefault();
    }

    /// <summary>Queues a test event for webhook <paramref name="id"/>; returns the delivery's key.</summary>
    public async Task<(string TownshipCode, long Id)> QueueTestAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id,
                                                                      DateTimeOffset at, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(QueueTestSql, conn, tx);
        cmd.Parameters.AddRange(new NpgsqlParameter[] { P(id), P(at) });
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return (r.GetString(0), r.GetInt64(1));
    }

    /// <summary>Claims up to <paramref name="limit"/> due deliveries (only <paramref name="only"/> when given) for <paramref name="lease"/>.</summary>
    public async Task<List<ClaimedDelivery>> ClaimAsync(DateTimeOffset at, int limit, long? only, TimeSpan lease, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ClaimSql);
        cmd.Parameters.AddRange(new NpgsqlParameter[] { P(at), P(limit), P(only), P(lease.TotalSeconds) });
        return await ReadAllAsync(cmd, r => new ClaimedDelivery(r.GetString(0), r.GetInt64(1), r.GetInt32(2), r.GetString(3),
                                                                 r.GetString(4), r.GetString(5), r.GetString(6)), ct);
    }

    /// <summary>Records the outcome of one attempt.</summary>
    public async Task CompleteAsync(ClaimedDelivery d, string status, DateTimeOffset next, int? httpStatus, string? response,
                                    string? error, DateTimeOffset at, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(CompleteSql);
        cmd.Parameters.AddRange(new NpgsqlParameter[] { P(d.TownshipCode), P(d.Id), P(status), P(next), P(httpStatus), P(response), P(error), P(at) });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    static Webhook ReadWebhook(NpgsqlDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3),
        r.GetFieldValue<string[]>(4), r.GetBoolean(5), r.Time(6), r.Time(7), r.GetInt32(8));

    static WebhookDelivery ReadDelivery(NpgsqlDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.Long(3),
        r.GetString(4), r.GetString(5), r.GetInt32(6), r.Time(7), r.TimeOrNull(8), r.Nullable<int>(9), r.Text(10), r.Text(11),
        r.Time(12), r.TimeOrNull(13), r.GetString(14));

    static async Task<List<T>> ReadAllAsync<T>(NpgsqlCommand cmd, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<T>();
        while (await r.ReadAsync(ct))
            list.Add(read(r));
        return list;
    }
}
