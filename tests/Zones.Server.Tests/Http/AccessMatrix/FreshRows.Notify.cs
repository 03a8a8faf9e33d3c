using Npgsql;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Tests.Http.AccessMatrix;

// Rows for the reads and writes of notifications and webhooks (issue #14 §5).
public sealed partial class FreshRows
{
    /// <summary>The webhook each matrix township has from the start (with one logged delivery), for the read rows.</summary>
    public static long WebhookOf(MatrixTownship t) => t.IsPublic ? 99001 : 99002;

    // A notification addressed to nobody (a case without an owner): the township's admins see it, and only they.
    const string SeedSql = """
        INSERT INTO zones.notification (township_code, complaint_id, kind) VALUES ($1, $2, 'overdue') ON CONFLICT DO NOTHING;
        INSERT INTO zones.webhook (id, township_code, name, url) OVERRIDING SYSTEM VALUE VALUES ($3, $1, '矩阵webhook', 'http://127.0.0.1:9/hook');
        INSERT INTO zones.webhook_secret (township_code, webhook_id, secret) VALUES ($1, $3, 'matrix-secret-0123456789');
        INSERT INTO zones.webhook_delivery (township_code, webhook_id, kind, payload, status) VALUES ($1, $3, 'test', '{}', 'failed');
        """;

    /// <summary>Seeds the notification and webhook every matrix township has for the read rows.</summary>
    public async Task NotificationsAsync(MatrixTownship t)
    {
        await using var batch = db.CreateBatch();
        foreach (var sql in SeedSql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            batch.BatchCommands.Add(new NpgsqlBatchCommand(sql) { Parameters = { P(t.Code), P(t.ComplaintId), P(WebhookOf(t)) } });
        await batch.ExecuteNonQueryAsync();
    }

    const string WebhookSql = """
        WITH w AS (INSERT INTO zones.webhook (township_code, name, url) VALUES ($1, $2, 'http://127.0.0.1:9/hook') RETURNING township_code, id)
        INSERT INTO zones.webhook_secret SELECT township_code, id, 'matrix-secret-0123456789' FROM w RETURNING webhook_id
        """;

    /// <summary>A webhook of the township to a loopback address: a test send is refused at once, without waiting for a timeout.</summary>
    public Task<long> WebhookAsync(MatrixTownship t) => IdAsync(WebhookSql, P(t.Code), P($"矩阵webhook{Serial()}"));
}
