-- The z14 asset tile at 120.1843, 31.0851 (14/13661/6702) as TileStore.AssetsSql runs it, all 20 townships readable.
WITH b AS (
  SELECT ST_TileEnvelope(14, 13661, 6702) AS env,
         ST_Transform(ST_TileEnvelope(14, 13661, 6702, margin => 64.0 / 4096), 4326) AS q,
         ST_Transform(ST_TileEnvelope(14, 13661, 6702), 4326) AS exact,
         40075016.68557849 / 4096 / 2 ^ 14 AS unit
)
SELECT ST_AsMVT(m, 'assets', 4096, 'geom', 'id') FROM (
  SELECT t.id, t.identifier, t.kind, t.subtype, t.status, t.name, ST_AsMVTGeom(CASE WHEN 14 < 14 THEN ST_Simplify(ST_Transform(t.geom, 3857), 4 * b.unit, true) ELSE ST_Transform(t.geom, 3857) END, b.env, 4096, 64, true) AS geom
  FROM zones.asset t, b
  WHERE ST_Intersects(t.geom, b.q) AND t.retired_at IS NULL AND t.township_code = ANY('{330522101000,330522102000,330522103000,330522104000,330522105000,330522106000,330522107000,330522108000,330522109000,330522110000,330522111000,330522112000,330522113000,330522114000,330522115000,330522116000,330522117000,330522118000,330522119000,330522120000}'::text[])
  LIMIT 50000
) m;
