-- What PostGraphile needs to answer "the 50 nearest assets, with their distance": the filter plugins
-- have spatial predicates (intersects, within …) but no distance or nearest-first order, so, as a
-- PostGraphile user would, we add a custom query (a SETOF function, inlined by the planner so the
-- KNN index order and PostGraphile's LIMIT reach the index scan) and a computed column for the
-- distance. Installed into the benchmark's database only (bench/spatial/run.sh), never by migrations.
CREATE SCHEMA IF NOT EXISTS bench_peer;

CREATE OR REPLACE FUNCTION bench_peer.nearest_assets(lon double precision, lat double precision)
RETURNS SETOF zones.asset LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT * FROM zones.asset
  WHERE retired_at IS NULL
  ORDER BY geom::geography <-> ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography
$$;

-- A computed column must sit in the table's schema (PostGraphile v4 rule): Asset.distanceM(lon, lat).
CREATE OR REPLACE FUNCTION zones.asset_distance_m(a zones.asset, lon double precision, lat double precision)
RETURNS double precision LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT ST_Distance(a.geom::geography, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography)
$$;
