namespace Zones.Server.Data.History;

public sealed partial class ZoneTimeline
{
    // A version is in force on [valid_from, valid_to). The live row of a retired zone has
    // valid_from = valid_to (the retire instant), so it is never in force; the version before it
    // covers the zone up to its retirement. Both halves use the (township_code, valid_from)
    // indexes of migration 0022.
    const string AsOfSql = """
        SELECT t.zone_id, t.township_code, t.parent_id, t.level, t.code, t.name, t.status, t.version, t.valid_from,
               t.valid_to, t.geom, ST_Area(t.geom::geography)
        FROM (SELECT id AS zone_id, township_code, parent_id, level, code, name, status, version, valid_from, valid_to, geom
              FROM zones.zone
              WHERE township_code = $1 AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)
              UNION ALL
              SELECT zone_id, township_code, parent_id, level, code, name, status, version, valid_from, valid_to, geom
              FROM zones.zone_history
              WHERE township_code = $1 AND valid_from <= $2 AND valid_to > $2) t
        WHERE t.status <> 'retired' AND t.township_code = ANY($3)
        ORDER BY zones.level_rank(t.level), t.code
        """;

    // Consecutive versions (zone_history + the live row) compared pairwise; each difference is one
    // change, signed by the audit row that wrote that version (its "after" carries the version the
    // history trigger gave it). 包联 rows add "assigned" and "ended" at their validity bounds, signed
    // by the audit rows that opened and closed them. An end that a primary successor started at the
    // same instant is a handover: the successor's row says "before → after", so it is not listed twice.
    const string ChangesSql = """
        WITH v AS (
          SELECT zone_id, version, parent_id, name, status, geom, valid_from FROM zones.zone_history WHERE zone_id = ANY($1)
          UNION ALL
          SELECT id, version, parent_id, name, status, geom, valid_from FROM zones.zone WHERE id = ANY($1)
        ), pair AS (
          SELECT v.*, lag(version) OVER w AS prev_version, lag(parent_id) OVER w AS prev_parent,
                 lag(name) OVER w AS prev_name, lag(status) OVER w AS prev_status, lag(geom) OVER w AS prev_geom
          FROM v WINDOW w AS (PARTITION BY zone_id ORDER BY version)
        ), owned AS (
          SELECT a.id, a.target_id, a.is_primary, a.valid_from, a.valid_to, coalesce(p.name, u.name) AS owner, opened.actor
          FROM zones.assignment a
          LEFT JOIN zones.person p ON p.id = a.person_id
          LEFT JOIN zones.unit u ON u.id = a.unit_id
          LEFT JOIN LATERAL (SELECT actor FROM zones.audit_log
                             WHERE table_name = 'assignment' AND row_id = a.id AND action = 'insert' LIMIT 1) opened ON true
          WHERE a.target_kind = 'zone' AND a.target_id = ANY($1)
        ), change AS (
          SELECT p.zone_id, p.valid_from AS at, c.kind, l.actor, p.version, c.before, c.after, c.geom_before, c.geom_after
          FROM pair p
          LEFT JOIN LATERAL (SELECT actor FROM zones.audit_log
                             WHERE table_name = 'zone' AND row_id = p.zone_id AND (after ->> 'version')::int = p.version
                             ORDER BY id DESC LIMIT 1) l ON true
          CROSS JOIN LATERAL (VALUES
            ('CREATED', p.prev_version IS NULL, NULL, p.name, NULL::geometry, p.geom),
            ('BOUNDARY', p.prev_version IS NOT NULL AND NOT ST_Equals(p.prev_geom, p.geom), NULL, NULL, p.prev_geom, p.geom),
            ('RENAMED', p.prev_name <> p.name, p.prev_name, p.name, NULL, NULL),
            ('STATUS', p.prev_status <> p.status, upper(p.prev_status), upper(p.status), NULL, NULL),
            ('PARENT', p.prev_version IS NOT NULL AND p.prev_parent IS DISTINCT FROM p.parent_id,
             (SELECT name FROM zones.zone WHERE id = p.prev_parent), (SELECT name FROM zones.zone WHERE id = p.parent_id), NULL, NULL)
          ) c (kind, happened, before, after, geom_before, geom_after)
          WHERE c.happened
          UNION ALL
          SELECT o.target_id, o.valid_from, 'OWNER_ASSIGNED', o.actor, NULL::int, handed.owner, o.owner, NULL::geometry, NULL::geometry
          FROM owned o
          LEFT JOIN LATERAL (SELECT h.owner FROM owned h
                             WHERE o.is_primary AND h.is_primary AND h.target_id = o.target_id
                               AND h.valid_to = o.valid_from AND h.id <> o.id LIMIT 1) handed ON true
          WHERE o.valid_from <= now()
          UNION ALL
          SELECT o.target_id, o.valid_to, 'OWNER_ENDED', coalesce(closed.actor, o.actor), NULL::int, o.owner, NULL, NULL::geometry, NULL::geometry
          FROM owned o
          LEFT JOIN LATERAL (SELECT actor FROM zones.audit_log
                             WHERE table_name = 'assignment' AND row_id = o.id AND action = 'update'
                               AND before ->> 'valid_to' IS NULL AND after ->> 'valid_to' IS NOT NULL
                             ORDER BY id DESC LIMIT 1) closed ON true
          WHERE o.valid_to <= now()
            AND NOT (o.is_primary AND EXISTS (SELECT 1 FROM owned n
                                              WHERE n.is_primary AND n.target_id = o.target_id AND n.valid_from = o.valid_to AND n.id <> o.id))
        )
        SELECT c.zone_id, c.at, c.kind, coalesce(c.actor, 'system'), coalesce(ap.name, au.display_name), c.version,
               c.before, c.after, c.geom_before, c.geom_after
        FROM change c
        LEFT JOIN zones.app_user au ON lower(au.username) = lower(c.actor)
        LEFT JOIN zones.person ap ON ap.id = au.person_id
        ORDER BY c.zone_id, c.at DESC, c.version DESC NULLS LAST, c.kind
        """;
}
