-- The heat map's cell statement (HeatmapService.CellsSql, square grid, count weight, the default filter:
-- open stages of the last 365 days) with its parameters written in; :'townships' is replaced by run.sh.
WITH f AS (SELECT zones.township_metric_srid((:'townships'::text[])[1]) AS srid),
pts AS (
  SELECT t.x, t.y, 1.0::float8 AS w FROM zones.complaint_point t, f
  WHERE t.township_code = ANY(:'townships'::text[]) AND t.stage = ANY(zones.open_stages())
    AND t.reported_at >= now() - interval '365 days' AND t.srid = f.srid
  UNION ALL
  SELECT ST_X(p.g), ST_Y(p.g), 1.0::float8 FROM zones.complaint_point t, f
  CROSS JOIN LATERAL (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(t.lon, t.lat), 4326), f.srid) AS g OFFSET 0) p
  WHERE t.township_code = ANY(:'townships'::text[]) AND t.stage = ANY(zones.open_stages())
    AND t.reported_at >= now() - interval '365 days' AND t.srid <> f.srid
),
cells AS (SELECT floor(x / 200)::int AS i, floor(y / 200)::int AS j, count(*)::int AS n, sum(w)::float8 AS weight FROM pts GROUP BY 1, 2)
SELECT c.i, c.j, c.n, c.weight, ST_AsBinary(ST_Transform(ST_Square(200, c.i, c.j, ST_SetSRID(ST_MakePoint(0, 0), f.srid)), 4326))
FROM cells c, f
