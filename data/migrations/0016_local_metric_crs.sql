-- Issue #11 (network): a metric CRS right anywhere, for the local measures of the import (the
-- thickness of a sliver, snapping polygons within a tolerance): the WGS84 UTM zone (EPSG 326xx
-- north, 327xx south) of a geometry's centroid. A township spans a few kilometres, far less than a
-- zone's 6°, so one zone serves a whole group of sibling zones; no single Gauss–Krüger zone is assumed.
CREATE FUNCTION zones.utm_srid(g geometry) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN ST_Y(c) < 0 THEN 32700 ELSE 32600 END + least(60, greatest(1, floor((ST_X(c) + 180) / 6)::int + 1))
  FROM (SELECT ST_Centroid(g) AS c) x
$$;
