-- The indicators' statement (IndicatorService: Head + TownshipGroups + no hot spots + Tail + Select) for
-- the last 365 days, parameters written in; :'townships' is replaced by run.sh.
WITH RECURSIVE
c AS (
  SELECT t.id, t.township_code, t.geom, t.zone_id, t.stage, t.deadline, t.rework_count, t.extension_count,
         t.first_responsible_person_id, t.first_responsible_unit_id, t.closed_at,
         coalesce(t.responsible_unit_id, (SELECT p.unit_id FROM zones.person p WHERE p.id = t.responsible_person_id)) AS unit_id,
         t.stage IN ('voided', 'shelved') AS excluded,
         (t.disposed_at IS NOT NULL OR t.closed_at IS NOT NULL) AS disposed,
         coalesce(t.disposed_at, t.closed_at) AS disposed_time
  FROM zones.complaint t
  WHERE t.township_code = ANY(:'townships'::text[]) AND t.reported_at >= now() - interval '365 days'
),
g AS (SELECT tw.division_code AS key, tw.name, tw.division_code AS township_code, tw.division_code AS sort
      FROM zones.township tw WHERE tw.division_code = ANY(:'townships'::text[])),
m AS (SELECT c.township_code AS key, c.* FROM c),
agg AS (
  SELECT key,
         count(*) AS reported,
         count(*) FILTER (WHERE NOT excluded AND (disposed OR stage IN ('dispatched', 'disposing', 'feedback', 'verifying', 'closed'))) AS to_dispose,
         count(*) FILTER (WHERE NOT excluded AND disposed) AS disposed,
         count(*) FILTER (WHERE NOT excluded AND disposed AND (deadline IS NULL OR disposed_time <= deadline)) AS disposed_on_time,
         count(*) FILTER (WHERE NOT excluded AND (disposed OR deadline < now())) AS to_close,
         count(*) FILTER (WHERE NOT excluded AND closed_at IS NOT NULL) AS closed,
         count(*) FILTER (WHERE NOT excluded AND closed_at IS NOT NULL AND (deadline IS NULL OR closed_at <= deadline)) AS closed_on_time,
         count(*) FILTER (WHERE NOT excluded AND rework_count > 0) AS reworked,
         count(*) FILTER (WHERE NOT excluded AND extension_count > 0) AS extended,
         count(*) FILTER (WHERE zones.complaint_is_overdue(stage, deadline, disposed_time, now())) AS overdue_open
  FROM m GROUP BY key
)
SELECT g.key, g.name, coalesce(a.reported, 0)::int, coalesce(a.disposed, 0)::int, coalesce(a.closed, 0)::int,
       coalesce(a.closed_on_time, 0)::int, coalesce(a.overdue_open, 0)::int
FROM g LEFT JOIN agg a ON a.key = g.key ORDER BY g.township_code, g.sort, g.key
