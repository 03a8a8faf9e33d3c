namespace Zones.Server.Data.Analysis;

/// <summary>The indicators' SQL: one statement per call, the grouping picked from constant fragments.</summary>
public sealed partial class IndicatorService
{
    // Parameters: $1 townships text[], $2 from, $3 to, $4 now, $5 zone (subtree filter), $6 zone ids (ZONE rows),
    // $7 radius float8[] and $8 minimum int[] aligned with $1 (repeat hot spots).
    const string Head = """
        WITH RECURSIVE
        scope(id) AS (
          SELECT id FROM zones.zone WHERE id = $5
          UNION ALL SELECT z.id FROM zones.zone z JOIN scope ON z.parent_id = scope.id WHERE z.valid_to IS NULL
        ),
        c AS (
          SELECT t.id, t.township_code, t.geom, t.zone_id, t.stage, t.deadline, t.rework_count, t.extension_count,
                 t.first_responsible_person_id, t.first_responsible_unit_id, t.closed_at,
                 coalesce(t.responsible_unit_id, (SELECT p.unit_id FROM zones.person p WHERE p.id = t.responsible_person_id)) AS unit_id,
                 t.stage IN ('voided', 'shelved') AS excluded,
                 (t.disposed_at IS NOT NULL OR t.closed_at IS NOT NULL) AS disposed,
                 coalesce(t.disposed_at, t.closed_at) AS disposed_time
          FROM zones.complaint t
          WHERE t.township_code = ANY($1)
            AND ($2::timestamptz IS NULL OR t.reported_at >= $2) AND ($3::timestamptz IS NULL OR t.reported_at < $3)
            AND ($5::bigint IS NULL OR t.zone_id IN (SELECT id FROM scope))
        ),
        """;

    const string TownshipGroups = """
        g AS (SELECT tw.division_code AS key, tw.name, tw.division_code AS township_code,
                     NULL::bigint AS zone_id, NULL::bigint AS unit_id, NULL::bigint AS person_id, tw.division_code AS sort
              FROM zones.township tw WHERE tw.division_code = ANY($1)),
        m AS (SELECT c.township_code AS key, c.* FROM c),
        """;

    // Rows: the given zones, else the children of $5, else every 片区 of the townships. A complaint joins
    // each row whose current subtree holds its zone (a row's own zone included).
    const string ZoneGroups = """
        g AS (SELECT z.id::text AS key, z.name, z.township_code, z.id AS zone_id, NULL::bigint AS unit_id,
                     NULL::bigint AS person_id, z.code AS sort
              FROM zones.zone z
              WHERE CASE WHEN $6::bigint[] IS NOT NULL THEN z.id = ANY($6)
                         WHEN $5::bigint IS NOT NULL THEN z.parent_id = $5 AND z.valid_to IS NULL
                         ELSE z.level = 'area' AND z.township_code = ANY($1) AND z.valid_to IS NULL END),
        tree(key, id) AS (
          SELECT key, zone_id FROM g
          UNION ALL SELECT tree.key, z.id FROM zones.zone z JOIN tree ON z.parent_id = tree.id WHERE z.valid_to IS NULL
        ),
        m AS (SELECT tree.key, c.* FROM c JOIN tree ON c.zone_id = tree.id),
        """;

    const string OwnerGroups = """
        m AS (SELECT CASE WHEN c.first_responsible_person_id IS NOT NULL THEN 'person:' || c.first_responsible_person_id
                          WHEN c.first_responsible_unit_id IS NOT NULL THEN 'unit:' || c.first_responsible_unit_id
                          ELSE 'none:' || c.township_code END AS key, c.* FROM c),
        g AS (SELECT DISTINCT ON (m.key) m.key, coalesce(p.name, u.name, '未定首问责任人') AS name, m.township_code,
                     NULL::bigint AS zone_id, m.first_responsible_unit_id AS unit_id, m.first_responsible_person_id AS person_id,
                     m.township_code || coalesce(p.code, u.code, '~') AS sort
              FROM m LEFT JOIN zones.person p ON p.id = m.first_responsible_person_id
                     LEFT JOIN zones.unit u ON u.id = m.first_responsible_unit_id
              ORDER BY m.key),
        """;

    const string UnitGroups = """
        m AS (SELECT coalesce('unit:' || c.unit_id, 'none:' || c.township_code) AS key, c.* FROM c),
        g AS (SELECT DISTINCT ON (m.key) m.key, coalesce(u.name, '未定责任单位') AS name, m.township_code,
                     NULL::bigint AS zone_id, m.unit_id, NULL::bigint AS person_id, m.township_code || coalesce(u.code, '~') AS sort
              FROM m LEFT JOIN zones.unit u ON u.id = m.unit_id ORDER BY m.key),
        """;

    // Repeat hot spots: DBSCAN per row in the metric frame of the township's complaints (zones.metric_srid
    // of their mean longitude, migration 0016: right at any longitude, no clamped Gauss–Krüger zone), so a
    // cluster is counted for the row whose complaints form it. DBSCAN is most of the cost (2 s of a
    // county township's 50,000 cases against 0.06 s for the counts), so it runs only when asked:
    // without hot spots, hs is empty and PostgreSQL never evaluates the unreferenced CTEs above it.
    const string Hotspots = """
        settings AS (SELECT * FROM unnest($1::text[], $7::float8[], $8::int[]) s(code, radius, minimum)),
        gk AS (SELECT township_code AS code, zones.metric_srid(avg(ST_X(geom))) AS srid FROM c GROUP BY township_code),
        clustered AS (
          SELECT m.key, ST_ClusterDBSCAN(ST_Transform(m.geom, gk.srid), settings.radius, settings.minimum) OVER (PARTITION BY m.key) AS cid
          FROM m JOIN settings ON settings.code = m.township_code JOIN gk ON gk.code = m.township_code
          WHERE m.stage <> 'voided'
        ),
        hs AS (SELECT key, count(DISTINCT cid) AS n FROM clustered WHERE cid IS NOT NULL GROUP BY key)
        """;

    const string NoHotspots = """
        hs AS (SELECT NULL::text AS key, 0::bigint AS n WHERE false)
        """;

    const string Tail = """
        agg AS (
          SELECT key,
                 count(*) AS reported,
                 count(*) FILTER (WHERE NOT excluded AND (disposed OR stage IN ('dispatched', 'disposing', 'feedback', 'verifying', 'closed'))) AS to_dispose,
                 count(*) FILTER (WHERE NOT excluded AND disposed) AS disposed,
                 count(*) FILTER (WHERE NOT excluded AND disposed AND (deadline IS NULL OR disposed_time <= deadline)) AS disposed_on_time,
                 count(*) FILTER (WHERE NOT excluded AND (disposed OR deadline < $4)) AS to_close,
                 count(*) FILTER (WHERE NOT excluded AND closed_at IS NOT NULL) AS closed,
                 count(*) FILTER (WHERE NOT excluded AND closed_at IS NOT NULL AND (deadline IS NULL OR closed_at <= deadline)) AS closed_on_time,
                 count(*) FILTER (WHERE NOT excluded AND rework_count > 0) AS reworked,
                 count(*) FILTER (WHERE NOT excluded AND extension_count > 0) AS extended,
                 count(*) FILTER (WHERE zones.complaint_is_overdue(stage, deadline, disposed_time, $4)) AS overdue_open
          FROM m GROUP BY key
        ),
        """;

    const string Select = """
        SELECT g.key, g.name, g.township_code, g.zone_id, g.unit_id, g.person_id,
               coalesce(a.reported, 0)::int, coalesce(a.to_dispose, 0)::int, coalesce(a.disposed, 0)::int,
               coalesce(a.disposed_on_time, 0)::int, coalesce(a.to_close, 0)::int, coalesce(a.closed, 0)::int,
               coalesce(a.closed_on_time, 0)::int, coalesce(a.reworked, 0)::int, coalesce(a.extended, 0)::int,
               coalesce(a.overdue_open, 0)::int, coalesce(hs.n, 0)::int
        FROM g LEFT JOIN agg a ON a.key = g.key LEFT JOIN hs ON hs.key = g.key
        ORDER BY g.township_code, g.sort, g.key
        """;

    static string Sql(IndicatorGroup group, bool withHotspots) => Head + group switch
    {
        IndicatorGroup.Township => TownshipGroups,
        IndicatorGroup.Owner => OwnerGroups,
        IndicatorGroup.Unit => UnitGroups,
        _ => ZoneGroups,
    } + Tail + (withHotspots ? Hotspots : NoHotspots) + Select;
}
