namespace Zones.Server.Data.Notifications;

// The SQL of NotificationStore.
public sealed partial class NotificationStore
{
    // Notifies the cases ($2 townships, $3 ids, paired) of kind $1 at $4, addressed to each case's
    // current responsible person and unit, and queues one delivery per enabled webhook of the
    // township that takes the event. ON CONFLICT: a (case, kind, addressee) already notified — by
    // another instance's scheduler a moment ago — is skipped, and so are its deliveries (they hang off
    // the rows this statement inserted). The payload is built here, once, as the event happened;
    // reporters' names and phones are never in it. $5 = the map's base URL for the link.
    const string NotifySql = """
        WITH n AS (
          INSERT INTO zones.notification (township_code, complaint_id, kind, person_id, unit_id, deadline, created_at)
          SELECT c.township_code, c.id, $1, c.responsible_person_id, c.responsible_unit_id, c.deadline, $4
          FROM unnest($2::text[], $3::bigint[]) AS k (township_code, id)
          JOIN zones.complaint c ON c.township_code = k.township_code AND c.id = k.id
          ON CONFLICT ON CONSTRAINT notification_once DO NOTHING
          RETURNING id, township_code, complaint_id, kind, created_at
        ), d AS (
          INSERT INTO zones.webhook_delivery (township_code, webhook_id, notification_id, complaint_id, kind, payload,
                                              next_attempt_at, created_at)
          SELECT n.township_code, w.id, n.id, n.complaint_id, n.kind, jsonb_build_object(
                   'event', n.kind,
                   'eventName', CASE n.kind WHEN 'new' THEN '新案件' WHEN 'due_soon' THEN '即将超期' ELSE '已超期' END,
                   'notificationId', n.id::text, 'at', n.created_at,
                   'case', jsonb_build_object('id', c.id::text, 'caseNumber', c.case_number,
                     'publicId', zones.public_case_id(c.township_code, c.case_number), 'stage', c.stage,
                     'description', c.description, 'reportedAt', c.reported_at, 'deadline', c.deadline,
                     'category', jsonb_build_object('kind', c.category_kind, 'code', c.category_code, 'name', cat.name),
                     'location', jsonb_build_object('lon', round(ST_X(c.geom)::numeric, 7), 'lat', round(ST_Y(c.geom)::numeric, 7),
                                                    'address', c.address, 'zone', z.name)),
                   'owner', jsonb_build_object('personId', p.id::text, 'person', p.name, 'unitId', u.id::text, 'unit', u.name),
                   'township', jsonb_build_object('code', t.division_code, 'name', t.name),
                   'link', $5 || '/?case=' || c.id),
                 n.created_at, n.created_at
          FROM n
          JOIN zones.webhook w ON w.township_code = n.township_code AND w.enabled AND n.kind = ANY(w.events)
          JOIN zones.complaint c ON c.township_code = n.township_code AND c.id = n.complaint_id
          JOIN zones.township t ON t.division_code = c.township_code
          LEFT JOIN LATERAL zones.category_of(c.township_code, c.category_kind, c.category_code) cat ON true
          LEFT JOIN zones.zone z ON z.id = c.zone_id
          LEFT JOIN zones.person p ON p.id = c.responsible_person_id
          LEFT JOIN zones.unit u ON u.id = c.responsible_unit_id
          ON CONFLICT ON CONSTRAINT webhook_delivery_once DO NOTHING
          RETURNING 1
        )
        SELECT (SELECT count(*) FROM n)::int, (SELECT count(*) FROM d)::int
        """;

    // 已超期 (zones.complaint_is_overdue, 0023) and not yet notified. The deadline window (lookback
    // $2 days up to now) is a range of complaint_open_deadline_idx; the notification_once key
    // answers NOT EXISTS.
    const string OverdueSql = """
        SELECT c.township_code, c.id FROM zones.complaint c
        WHERE zones.complaint_is_open(c.stage) AND c.deadline > $1 - make_interval(days => $2) AND c.deadline < $1
          AND zones.complaint_is_overdue(c.stage, c.deadline, c.disposed_at, $1)
          AND NOT EXISTS (SELECT 1 FROM zones.notification n
                          WHERE n.township_code = c.township_code AND n.complaint_id = c.id AND n.kind = 'overdue')
        ORDER BY c.deadline
        LIMIT $3
        """;

    // "Can still go overdue" is the overdue rule itself (zones.complaint_is_overdue, 0023) asked about the end
    // of time: open, not 挂账, not fed back. Asked at now, it tells the cases already overdue.
    const string CanGoOverdue = "zones.complaint_is_overdue(c.stage, c.deadline, c.disposed_at, 'infinity')";

    // The open cases that can still go overdue with a deadline within the next $2 days: their townships,
    // whose calendars decide what "2 working hours before" means.
    const string DueSoonTownshipsSql = $"""
        SELECT DISTINCT c.township_code FROM zones.complaint c
        WHERE {CanGoOverdue}
          AND c.deadline > $1 AND c.deadline <= $1 + make_interval(days => $2)
        """;

    // 即将超期: the deadline lies before the township's threshold ($3: now + the lead time in working
    // time, paired with $2), not yet notified.
    const string DueSoonSql = $"""
        SELECT c.township_code, c.id
        FROM unnest($2::text[], $3::timestamptz[]) AS t (code, until)
        JOIN zones.complaint c ON c.township_code = t.code
        WHERE {CanGoOverdue}
          AND c.deadline > $1 AND c.deadline <= t.until
          AND NOT EXISTS (SELECT 1 FROM zones.notification n
                          WHERE n.township_code = c.township_code AND n.complaint_id = c.id AND n.kind = 'due_soon')
        ORDER BY c.deadline
        LIMIT $4
        """;

    // THE visibility rule of notifications (NotificationReader): readable townships $1, the reader's
    // person $2 and unit $3 (the account's, else the person's), the admin's townships $4. Each
    // branch of the OR has its own index (person, unit, township), so PostgreSQL ORs three bitmaps.
    const string VisibleFrom = """
        FROM zones.notification n
        CROSS JOIN (SELECT $2::bigint AS person_id,
                           coalesce($3::bigint, (SELECT unit_id FROM zones.person WHERE id = $2)) AS unit_id) me
        """;

    // A case handed over is new to its new owner too; a reader who sees both (the unit's member who is
    // now the person) sees it once: a newer visible notification of the same case and kind hides the
    // older (notification_once answers the probe).
    const string VisibleWhere = """

        WHERE n.township_code = ANY($1::text[])
          AND (n.person_id = me.person_id OR n.unit_id = me.unit_id OR n.township_code = ANY($4::text[]))
          AND NOT EXISTS (SELECT 1 FROM zones.notification o
                          WHERE o.township_code = n.township_code AND o.complaint_id = n.complaint_id AND o.kind = n.kind
                            AND o.id > n.id
                            AND (o.person_id = me.person_id OR o.unit_id = me.unit_id OR o.township_code = ANY($4::text[])))
        """;

    const string Unread = """

          AND NOT EXISTS (SELECT 1 FROM zones.notification_read r
                          WHERE r.township_code = n.township_code AND r.notification_id = n.id AND r.reader = $5)
        """;

    // $5 = reader. Keyset paging on (created_at, id) newest first: $6/$7 the last row seen, $8 = page
    // size + 1, $9 = unread only, $10 = only these ids (NULL: any).
    const string ListSql = """
        SELECT n.id, n.township_code, n.complaint_id, n.kind, n.created_at, n.deadline, c.case_number, cat.name,
               c.description, ST_X(c.geom), ST_Y(c.geom), c.stage, n.person_id, p.name, n.unit_id, u.name,
               EXISTS (SELECT 1 FROM zones.notification_read r
                       WHERE r.township_code = n.township_code AND r.notification_id = n.id AND r.reader = $5)
        """ + "\n" + VisibleFrom + "\n" + """
        JOIN zones.complaint c ON c.township_code = n.township_code AND c.id = n.complaint_id
        LEFT JOIN LATERAL zones.category_of(c.township_code, c.category_kind, c.category_code) cat ON true
        LEFT JOIN zones.person p ON p.id = n.person_id
        LEFT JOIN zones.unit u ON u.id = n.unit_id
        """ + "\n" + VisibleWhere + "\n" + """

          AND ($6::timestamptz IS NULL OR (n.created_at, n.id) < ($6, $7::bigint))
          AND ($10::bigint[] IS NULL OR n.id = ANY($10))
          AND (NOT $9::boolean OR NOT EXISTS (SELECT 1 FROM zones.notification_read r
                                     WHERE r.township_code = n.township_code AND r.notification_id = n.id AND r.reader = $5))
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT $8
        """;

    const string UnreadSql = "SELECT count(*)::int\n" + VisibleFrom + "\n" + VisibleWhere + "\n" + Unread;

    // Marks the reader's visible notifications ($6: these ids, NULL: all) read at $7.
    const string MarkReadSql = """
        WITH marked AS (
          INSERT INTO zones.notification_read (township_code, notification_id, reader, read_at)
          SELECT n.township_code, n.id, $5, $7
        """ + "\n" + VisibleFrom + "\n" + VisibleWhere + "\n" + """

            AND ($6::bigint[] IS NULL OR n.id = ANY($6))
          ON CONFLICT DO NOTHING
          RETURNING 1)
        SELECT count(*)::int FROM marked
        """;
}
