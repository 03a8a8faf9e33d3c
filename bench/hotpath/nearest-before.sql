-- 50 nearest assets as main ran it before issue #12 (ORDER BY distance, id: a sort of every row).
SELECT t.id, t.township_code, t.kind, t.subtype, t.class_code, t.identifier, t.name, t.status, t.status_since, t.maintainer_unit_id, t.owner_unit_id, t.road_id, t.install_date, t.attributes::text, t.version, t.retired_at, t.geom, ((t.geom::geography <-> (ST_SetSRID(ST_MakePoint(120.1843, 31.0851), 4326))::geography))::text, ST_Distance(t.geom::geography, (ST_SetSRID(ST_MakePoint(120.1843, 31.0851), 4326))::geography)
FROM zones.asset t
WHERE t.retired_at IS NULL AND t.township_code = ANY('{330522101000,330522102000,330522103000,330522104000,330522105000,330522106000,330522107000,330522108000,330522109000,330522110000,330522111000,330522112000,330522113000,330522114000,330522115000,330522116000,330522117000,330522118000,330522119000,330522120000}'::text[]) AND true AND true
ORDER BY (t.geom::geography <-> (ST_SetSRID(ST_MakePoint(120.1843, 31.0851), 4326))::geography) ASC, t.id ASC
LIMIT 51;
