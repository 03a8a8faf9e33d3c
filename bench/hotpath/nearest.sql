-- 50 nearest assets (issue #12), as ListQuery.NearestSql runs it for assets(where: {near}, orderBy: DISTANCE, first: 50),
-- anonymous caller on the county copy with all 20 townships readable.
WITH knn AS MATERIALIZED (
  SELECT max(ST_Distance(t.geom::geography, (ST_SetSRID(ST_MakePoint(120.1843, 31.0851), 4326))::geography)) AS d FROM (
    SELECT t.geom FROM zones.asset t
    WHERE t.retired_at IS NULL AND t.township_code = ANY('{330522101000,330522102000,330522103000,330522104000,330522105000,330522106000,330522107000,330522108000,330522109000,330522110000,330522111000,330522112000,330522113000,330522114000,330522115000,330522116000,330522117000,330522118000,330522119000,330522120000}'::text[]) AND true
    ORDER BY t.geom::geography <-> (ST_SetSRID(ST_MakePoint(120.1843, 31.0851), 4326))::geography
    LIMIT 51) t
)
SELECT t.id, t.township_code, t.kind, t.subtype, t.class_code, t.identifier, t.name, t.status, t.status_since, t.maintainer_unit_id, t.owner_unit_id, t.road_id, t.install_date, t.attributes::text, t.version, t.retired_at, t.geom, x.d::text, x.d
FROM zones.asset t
CROSS JOIN LATERAL (SELECT ST_Distance(t.geom::geography, (ST_SetSRID(ST_MakePoint(120.1843, 31.0851), 4326))::geography) AS d) x
WHERE t.retired_at IS NULL AND t.township_code = ANY('{330522101000,330522102000,330522103000,330522104000,330522105000,330522106000,330522107000,330522108000,330522109000,330522110000,330522111000,330522112000,330522113000,330522114000,330522115000,330522116000,330522117000,330522118000,330522119000,330522120000}'::text[]) AND true
  AND ST_DWithin(t.geom::geography, (ST_SetSRID(ST_MakePoint(120.1843, 31.0851), 4326))::geography, (SELECT knn.d * 1.01 + 0.01 FROM knn), false)
ORDER BY x.d, t.id
LIMIT 51;
