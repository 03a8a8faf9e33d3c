-- Issue #12 §1–2: one metric frame for every analysis, geodesic road lengths, and the road graph.

-- ─── Metric frame ────────────────────────────────────────────────────────────────────────────
-- Local transverse Mercator frames, one every 0.5° of longitude, anywhere on Earth: SRID
-- 920000 + k has its central meridian at −180° + k/2 (k = 0 … 720). Within 0.25° of the meridian
-- the scale error of a transverse Mercator is at most (Δλ·cos φ)²/2 ≈ 1e-5, so a length measured
-- in the frame agrees with the spheroid to 0.001 %; being conformal, ST_LineLocatePoint finds the
-- true foot of the perpendicular there. This replaces the Gauss–Krüger zone clamped to
-- EPSG:4534–4554, which inflated lengths by 8 % at 25°E. PROJ does not know authority 'ZONES', so
-- PostGIS falls back to proj4text.
INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text)
SELECT 920000 + k, 'ZONES', 920000 + k, NULL,
       format('+proj=tmerc +lat_0=0 +lon_0=%s +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs', -180 + k / 2.0)
FROM generate_series(0, 720) k
ON CONFLICT (srid) DO UPDATE SET auth_name = EXCLUDED.auth_name, auth_srid = EXCLUDED.auth_srid,
                                  srtext = EXCLUDED.srtext, proj4text = EXCLUDED.proj4text;

-- The frame whose central meridian is the multiple of 0.5° nearest to p_lon (longitudes beyond
-- ±180° are wrapped first).
CREATE FUNCTION zones.metric_srid(p_lon double precision) RETURNS int
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT 920000 + round((((p_lon + 180)::numeric % 360 + 360) % 360) * 2)::int
$$;

-- The frame of a geometry (EPSG:4326): that of its centroid's longitude.
CREATE FUNCTION zones.metric_srid(p_geom geometry) RETURNS int
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT zones.metric_srid(ST_X(ST_Centroid(p_geom)))
$$;

-- One frame per township, for anything laid out per township (heat map grids, analysis buffers):
-- the centre of its current zones, else of its live roads, else of its assets, else of its county's
-- townships' zones, else 120°E (the middle of China's GK range).
CREATE FUNCTION zones.township_metric_srid(p_code text) RETURNS int
LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
  SELECT zones.metric_srid(coalesce(
    (SELECT (ST_XMin(e) + ST_XMax(e)) / 2 FROM (SELECT ST_Extent(geom)::geometry AS e FROM zones.zone
                                                 WHERE township_code = p_code AND valid_to IS NULL) x WHERE e IS NOT NULL),
    (SELECT (ST_XMin(e) + ST_XMax(e)) / 2 FROM (SELECT ST_Extent(geom)::geometry AS e FROM zones.road
                                                 WHERE township_code = p_code AND retired_at IS NULL) x WHERE e IS NOT NULL),
    (SELECT (ST_XMin(e) + ST_XMax(e)) / 2 FROM (SELECT ST_Extent(geom)::geometry AS e FROM zones.asset
                                                 WHERE township_code = p_code AND retired_at IS NULL) x WHERE e IS NOT NULL),
    (SELECT (ST_XMin(e) + ST_XMax(e)) / 2 FROM (SELECT ST_Extent(z.geom)::geometry AS e FROM zones.zone z
                                                 JOIN zones.township t ON t.division_code = z.township_code
                                                 WHERE t.county_code = left(p_code, 6) AND z.valid_to IS NULL) x WHERE e IS NOT NULL),
    120.0))
$$;

-- ─── Geodesic length ─────────────────────────────────────────────────────────────────────────
-- Every length reported for a road or a stretch of it derives from this one figure (on the
-- spheroid), so a whole-segment gap and Road.lengthM agree exactly.
ALTER TABLE zones.road ADD COLUMN length_m double precision GENERATED ALWAYS AS (ST_Length(geom::geography)) STORED;

-- ─── Road graph ──────────────────────────────────────────────────────────────────────────────
-- Global, not per township: a road crossing into the neighbour township shares its end node.
-- A node is identified by its exact position (unique btree: geometry '=' is exact equality);
-- degree = the number of live segment ends there (a loop counts twice).
CREATE TABLE zones.road_node (
  id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  geom   geometry(Point, 4326) NOT NULL,
  degree integer NOT NULL CHECK (degree >= 0)
);
CREATE UNIQUE INDEX road_node_geom_key ON zones.road_node (geom);
CREATE INDEX road_node_geom_idx ON zones.road_node USING gist (geom);

ALTER TABLE zones.road
  ADD COLUMN source bigint REFERENCES zones.road_node (id),
  ADD COLUMN target bigint REFERENCES zones.road_node (id);
CREATE INDEX road_source_idx ON zones.road (source);
CREATE INDEX road_target_idx ON zones.road (target);

-- The graph of the roads already there; no audit rows and no scope checks for this fill.
INSERT INTO zones.road_node (geom, degree)
SELECT p, count(*) FROM (SELECT ST_StartPoint(geom) AS p FROM zones.road WHERE retired_at IS NULL
                         UNION ALL SELECT ST_EndPoint(geom) FROM zones.road WHERE retired_at IS NULL) e
GROUP BY p;
ALTER TABLE zones.road DISABLE TRIGGER USER;
UPDATE zones.road r SET source = s.id, target = t.id
FROM zones.road_node s, zones.road_node t
WHERE r.retired_at IS NULL AND s.geom = ST_StartPoint(r.geom) AND t.geom = ST_EndPoint(r.geom);
ALTER TABLE zones.road ENABLE TRIGGER USER;

-- The node at p, created (degree 0, counted by the statement trigger) when there is none.
CREATE FUNCTION zones.road_node_at(p geometry) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  node bigint;
BEGIN
  SELECT id INTO node FROM zones.road_node WHERE geom = p;
  IF node IS NULL THEN
    INSERT INTO zones.road_node (geom, degree) VALUES (p, 0) ON CONFLICT (geom) DO NOTHING RETURNING id INTO node;
    IF node IS NULL THEN  -- another transaction made it in the meantime
      SELECT id INTO node FROM zones.road_node WHERE geom = p;
    END IF;
  END IF;
  RETURN node;
END $$;

-- Row level, and only two index probes a row: source and target of a live segment (null for a
-- retired one). Named after the scope checks (triggers fire in name order), so a refused row
-- makes no node.
CREATE FUNCTION zones.road_set_ends() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.geom IS NOT DISTINCT FROM OLD.geom
     AND (NEW.retired_at IS NULL) = (OLD.retired_at IS NULL)
     AND NEW.source IS NOT DISTINCT FROM OLD.source AND NEW.target IS NOT DISTINCT FROM OLD.target THEN
    RETURN NEW;
  END IF;
  IF NEW.retired_at IS NULL THEN
    NEW.source := zones.road_node_at(ST_StartPoint(NEW.geom));
    NEW.target := zones.road_node_at(ST_EndPoint(NEW.geom));
  ELSE
    NEW.source := NULL;
    NEW.target := NULL;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER road_graph_ends BEFORE INSERT OR UPDATE OF geom, retired_at, source, target ON zones.road
  FOR EACH ROW EXECUTE FUNCTION zones.road_set_ends();

-- Statement level, once per INSERT / UPDATE / DELETE however many rows it writes (an import of
-- 2,500 roads is one statement): degrees change by the ends that appeared minus the ends that went,
-- added to the stored degree (not recounted, so two transactions adding roads at one node both
-- count: the second re-reads the row the first updated); a node left with degree 0 is removed.
CREATE FUNCTION zones.road_apply_degrees(p_nodes bigint[], p_deltas int[]) RETURNS void
LANGUAGE sql AS $$
  WITH x AS (SELECT node, sum(d)::int AS d FROM unnest(p_nodes, p_deltas) AS e (node, d) GROUP BY node HAVING sum(d) <> 0),
  gone AS (DELETE FROM zones.road_node n USING x WHERE n.id = x.node AND n.degree + x.d = 0 RETURNING n.id)
  UPDATE zones.road_node n SET degree = n.degree + x.d FROM x WHERE n.id = x.node AND n.degree + x.d <> 0
$$;

CREATE FUNCTION zones.road_count_degrees() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  nodes bigint[];
  deltas int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(node), array_agg(d) INTO nodes, deltas
    FROM (SELECT source AS node, 1 AS d FROM new_rows UNION ALL SELECT target, 1 FROM new_rows) e WHERE node IS NOT NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(node), array_agg(d) INTO nodes, deltas
    FROM (SELECT source AS node, -1 AS d FROM old_rows UNION ALL SELECT target, -1 FROM old_rows) e WHERE node IS NOT NULL;
  ELSE
    SELECT array_agg(node), array_agg(d) INTO nodes, deltas
    FROM (SELECT source AS node, 1 AS d FROM new_rows UNION ALL SELECT target, 1 FROM new_rows
          UNION ALL SELECT source, -1 FROM old_rows UNION ALL SELECT target, -1 FROM old_rows) e WHERE node IS NOT NULL;
  END IF;
  IF nodes IS NOT NULL THEN
    PERFORM zones.road_apply_degrees(nodes, deltas);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER road_graph_insert AFTER INSERT ON zones.road
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zones.road_count_degrees();
CREATE TRIGGER road_graph_update AFTER UPDATE ON zones.road
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zones.road_count_degrees();
CREATE TRIGGER road_graph_delete AFTER DELETE ON zones.road
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zones.road_count_degrees();

-- TRUNCATE fires no row or transition triggers: the graph goes with the roads.
CREATE FUNCTION zones.road_graph_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM zones.road_node;
  RETURN NULL;
END $$;
CREATE TRIGGER road_graph_truncate AFTER TRUNCATE ON zones.road
  FOR EACH STATEMENT EXECUTE FUNCTION zones.road_graph_truncate();
