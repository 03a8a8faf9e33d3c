-- Assets within zone 73 with totalCount + first 50, as ListQuery.CountedSql runs it (one statement).
WITH m AS MATERIALIZED (
  SELECT t.id, t.id AS k FROM zones.asset t WHERE t.retired_at IS NULL AND ST_Intersects(t.geom, (SELECT z.geom FROM zones.zone z WHERE z.id = 73)) AND t.township_code = (SELECT z.township_code FROM zones.zone z WHERE z.id = 73) AND t.township_code = ANY('{330522101000,330522102000,330522103000,330522104000,330522105000,330522106000,330522107000,330522108000,330522109000,330522110000,330522111000,330522112000,330522113000,330522114000,330522115000,330522116000,330522117000,330522118000,330522119000,330522120000}'::text[])
),
c AS (SELECT count(*) AS n FROM m),
p AS (SELECT m.id, m.k FROM m WHERE true ORDER BY m.k ASC, m.id ASC LIMIT 51)
SELECT t.id, t.township_code, t.kind, t.subtype, t.class_code, t.identifier, t.name, t.status, t.status_since, t.maintainer_unit_id, t.owner_unit_id, t.road_id, t.install_date, t.attributes::text, t.version, t.retired_at, t.geom, p.k::text, NULL::float8, c.n
FROM p, c, zones.asset t
WHERE t.id = p.id
ORDER BY p.k ASC, p.id ASC;
