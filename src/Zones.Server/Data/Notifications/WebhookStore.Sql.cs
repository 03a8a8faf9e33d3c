namespace Zones.Server.Data.Notifications;

// The SQL of WebhookStore.
public sealed partial class WebhookStore
{
    const string Columns = "w.id, w.township_code, w.name, w.url, w.events, w.enabled, w.created_at, w.updated_at, w.version";

    const string ListSql = "SELECT " + Columns + """

        FROM zones.webhook w WHERE w.township_code = ANY($1) ORDER BY w.township_code, w.id
        """;

    const string FindSql = "SELECT " + Columns + " FROM zones.webhook w WHERE w.id = $1";

    const string TownshipOfSql = "SELECT township_code FROM zones.webhook WHERE id = $1";

    // The webhook and its secret in one statement (the secret table is not audited).
    const string InsertSql = """
        WITH w AS (
          INSERT INTO zones.webhook (township_code, name, url, enabled, events) VALUES ($1, $2, $3, $4, $5)
          RETURNING township_code, id)
        INSERT INTO zones.webhook_secret (township_code, webhook_id, secret) SELECT w.township_code, w.id, $6 FROM w
        RETURNING webhook_id
        """;

    // $7: the version the admin read (null: no check); a stale one changes nothing and returns no row.
    const string UpdateSql = """
        WITH w AS (
          UPDATE zones.webhook SET name = $2, url = $3, enabled = $4, events = $5, updated_at = now(), version = version + 1
          WHERE id = $1 AND ($7::int IS NULL OR version = $7) RETURNING township_code, id),
        s AS (
          UPDATE zones.webhook_secret s SET secret = $6 FROM w
          WHERE $6::text IS NOT NULL AND s.township_code = w.township_code AND s.webhook_id = w.id RETURNING 1)
        SELECT id FROM w
        """;

    const string DeleteSql = "DELETE FROM zones.webhook WHERE id = $1 RETURNING id";

    const string DeliveryColumns = """
        d.id, d.township_code, d.webhook_id, d.complaint_id, d.kind, d.status, d.attempts, d.next_attempt_at, d.last_attempt_at,
        d.last_status, d.last_response, d.last_error, d.created_at, d.delivered_at, d.payload::text
        """;

    // The delivery log of one webhook, newest first.
    const string DeliveriesSql = "SELECT " + DeliveryColumns + """

        FROM zones.webhook_delivery d WHERE d.webhook_id = $1 AND d.township_code = ANY($2)
          AND ($3::text IS NULL OR d.status = $3)
        ORDER BY d.created_at DESC, d.id DESC
        LIMIT $4
        """;

    // The newest delivery of each webhook: one probe of webhook_delivery_log_idx (webhook_id, created_at DESC) per webhook.
    const string LastDeliveriesSql = "SELECT " + DeliveryColumns + """

        FROM unnest($1::bigint[]) AS k(webhook_id)
        CROSS JOIN LATERAL (SELECT * FROM zones.webhook_delivery q WHERE q.webhook_id = k.webhook_id
                            ORDER BY q.created_at DESC, q.id DESC LIMIT 1) d
        """;

    const string DeliverySql = "SELECT " + DeliveryColumns + " FROM zones.webhook_delivery d WHERE d.township_code = $1 AND d.id = $2";

    // A test send: queued now, sent by the caller right away.
    const string QueueTestSql = """
        INSERT INTO zones.webhook_delivery (township_code, webhook_id, kind, payload, next_attempt_at, created_at)
        SELECT w.township_code, w.id, 'test', jsonb_build_object('event', 'test', 'eventName', '测试', 'at', $2::timestamptz,
                 'township', jsonb_build_object('code', t.division_code, 'name', t.name),
                 'message', '这是一条测试消息：Zones 的 webhook 已配置好。This is a test event: the Zones webhook works.'),
               $2, $2
        FROM zones.webhook w JOIN zones.township t ON t.division_code = w.township_code
        WHERE w.id = $1
        RETURNING township_code, id
        """;

    // Claims up to $2 due deliveries of enabled webhooks ($3: only this one, for a test send) for a
    // lease of $4 seconds: the attempt is counted and the next attempt moved past the lease before the
    // POST, so an instance that dies mid-send leaves the delivery to be retried, and SKIP LOCKED lets
    // two instances claiming at once take different rows — never the same one.
    const string ClaimSql = """
        UPDATE zones.webhook_delivery d
        SET attempts = d.attempts + 1, last_attempt_at = $1, next_attempt_at = $1 + make_interval(secs => $4)
        FROM (SELECT q.township_code, q.id FROM zones.webhook_delivery q
              JOIN zones.webhook w ON w.township_code = q.township_code AND w.id = q.webhook_id AND (w.enabled OR $3 IS NOT NULL)
              WHERE q.status = 'pending' AND q.next_attempt_at <= $1 AND ($3::bigint IS NULL OR q.id = $3)
              ORDER BY q.next_attempt_at
              LIMIT $2
              FOR UPDATE OF q SKIP LOCKED) due,
             zones.webhook w, zones.webhook_secret s
        WHERE d.township_code = due.township_code AND d.id = due.id
          AND w.township_code = d.township_code AND w.id = d.webhook_id
          AND s.township_code = d.township_code AND s.webhook_id = d.webhook_id
        RETURNING d.township_code, d.id, d.attempts, d.kind, d.payload::text, w.url, s.secret
        """;

    // The outcome of one attempt: delivered, given up, or due again at $4.
    const string CompleteSql = """
        UPDATE zones.webhook_delivery
        SET status = $3, next_attempt_at = $4, last_status = $5, last_response = $6, last_error = $7,
            delivered_at = CASE WHEN $3 = 'delivered' THEN $8 END
        WHERE township_code = $1 AND id = $2
        """;
}
