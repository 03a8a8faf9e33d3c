-- Per-township revision of everything a coverage result reads (CONTRACT12 §5), so the server's
-- coverage cache (Data/Analysis/CoverageCache.cs) serves a township's gaps until an edit changes
-- them, and at once after it — units, places and built-up areas included, imports included.
--
-- Bumped by statement triggers (one per statement, whatever its size: an import of 200k assets
-- bumps each township once) on zone, road, asset, unit, person, assignment, place, built_up_area
-- and township (settings). The bump is an UPDATE of the township's row, in the editing transaction:
-- it becomes visible exactly when the edit does, and two transactions editing one township
-- serialise on the row, so no edit can commit "behind" a revision a reader has already seen (the
-- audit-id revision it replaces could: a transaction holding an older audit id committing later
-- was never noticed). Values come from one sequence, so a revision is never reused.
--
-- Which townships an edit bumps: the rows' own townships, and for assets and roads also every
-- township whose reach box holds them — the checks count a lamp, bin, toilet or collection point of
-- any township (RoadStretches: "a border road lit from the neighbouring township is lit"), so a
-- toilet moved near the border changes the neighbour's gaps. reach = the box of the township's
-- current zones widened by the largest distance its checks look across (its settings' radii, at
-- least 1 km). A unit's edit also bumps the townships of the assets it maintains.

CREATE SEQUENCE zones.analysis_revision_seq;

CREATE TABLE zones.analysis_revision (
  township_code  text PRIMARY KEY REFERENCES zones.township (division_code) ON DELETE CASCADE,
  revision       bigint NOT NULL,
  reach          geometry(Polygon, 4326)
);
CREATE INDEX analysis_revision_reach_idx ON zones.analysis_revision USING gist (reach);

-- The box within which another township's asset or road can change a township's coverage result:
-- its current zones, and the other townships' live segments that share a node with its own (the road
-- checks join runs across junctions, and count the lamps and bins on those segments), widened by
-- its largest check radius (settings.analysis), at least 1 km.
CREATE FUNCTION zones.analysis_reach(p_township text) RETURNS geometry
LANGUAGE sql STABLE AS $$
  WITH own_node AS (
    SELECT source AS id FROM zones.road WHERE township_code = p_township AND retired_at IS NULL
    UNION SELECT target FROM zones.road WHERE township_code = p_township AND retired_at IS NULL
  ),
  parts AS (
    SELECT z.geom FROM zones.zone z WHERE z.township_code = p_township AND z.valid_to IS NULL
    UNION ALL SELECT r.geom FROM own_node n JOIN zones.road r ON r.source = n.id
              WHERE r.township_code <> p_township AND r.retired_at IS NULL
    UNION ALL SELECT r.geom FROM own_node n JOIN zones.road r ON r.target = n.id
              WHERE r.township_code <> p_township AND r.retired_at IS NULL
  )
  SELECT ST_SetSRID(ST_Expand(e, m / (111320 * greatest(cos(radians(greatest(abs(ST_YMin(e)), abs(ST_YMax(e))))), 0.05)), m / 110574), 4326)
  FROM (SELECT ST_Extent(geom)::box2d AS e FROM parts) x,
       (SELECT greatest(1000, (a ->> 'toiletRadiusM')::float8, (a ->> 'collectionRadiusM')::float8,
                        (a ->> 'binRoadDistanceM')::float8, (a ->> 'lightRoadDistanceM')::float8, (a ->> 'networkAccessM')::float8) AS m
        FROM (SELECT t.settings -> 'analysis' AS a FROM zones.township t WHERE t.division_code = p_township) s) r
  WHERE e IS NOT NULL
$$;

-- A new revision for each of p_codes (in code order, so two statements lock rows in one order).
CREATE FUNCTION zones.bump_analysis_revision(p_codes text[], p_reach boolean DEFAULT false) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO zones.analysis_revision AS r (township_code, revision, reach)
  SELECT c, nextval('zones.analysis_revision_seq'), zones.analysis_reach(c)
  FROM (SELECT DISTINCT c FROM unnest(p_codes) c
        WHERE c IS NOT NULL AND EXISTS (SELECT 1 FROM zones.township t WHERE t.division_code = c) ORDER BY c) x
  ON CONFLICT (township_code) DO UPDATE
    SET revision = excluded.revision, reach = CASE WHEN p_reach THEN excluded.reach ELSE r.reach END
$$;

-- The townships other than p_own whose reach box meets the box p_box (the changed rows' extent).
CREATE FUNCTION zones.analysis_reached(p_box geometry, p_own text[]) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(r.township_code), '{}') FROM zones.analysis_revision r
  WHERE p_box IS NOT NULL AND r.reach && p_box AND r.township_code <> ALL (p_own)
$$;

-- Rows with township_code only (zone, person, assignment, place, built_up_area): their own townships;
-- a zone edit also recomputes their reach boxes (the box is drawn around the current zones).
CREATE FUNCTION zones.analysis_edited_own() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  reach boolean := TG_TABLE_NAME = 'zone';
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT division_code FROM zones.township), reach);
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT DISTINCT township_code FROM new_rows), reach);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT township_code FROM new_rows UNION SELECT township_code FROM old_rows), reach);
  ELSE
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT DISTINCT township_code FROM old_rows), reach);
  END IF;
  RETURN NULL;
END $$;

-- Assets and roads: their own townships and every township whose reach box holds one of them.
-- One box test per township against the changed rows' extent, then a row test for candidates
-- (an edit in the middle of a township never looks at its neighbours' rows).
CREATE FUNCTION zones.analysis_edited_near() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  own text[];
  box geometry;
  near text[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT division_code FROM zones.township));
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT township_code), ST_SetSRID(ST_Extent(geom), 4326) INTO own, box FROM new_rows;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT township_code), ST_SetSRID(ST_Extent(geom), 4326) INTO own, box
    FROM (SELECT township_code, geom FROM new_rows UNION ALL SELECT township_code, geom FROM old_rows) x;
  ELSE
    SELECT array_agg(DISTINCT township_code), ST_SetSRID(ST_Extent(geom), 4326) INTO own, box FROM old_rows;
  END IF;
  near := zones.analysis_reached(box, coalesce(own, '{}'));
  IF cardinality(near) > 0 THEN
    IF TG_OP = 'INSERT' THEN
      near := ARRAY(SELECT r.township_code FROM zones.analysis_revision r
                    WHERE r.township_code = ANY (near) AND EXISTS (SELECT 1 FROM new_rows n WHERE n.geom && r.reach));
    ELSIF TG_OP = 'UPDATE' THEN
      near := ARRAY(SELECT r.township_code FROM zones.analysis_revision r
                    WHERE r.township_code = ANY (near) AND (EXISTS (SELECT 1 FROM new_rows n WHERE n.geom && r.reach)
                                                          OR EXISTS (SELECT 1 FROM old_rows o WHERE o.geom && r.reach)));
    ELSE
      near := ARRAY(SELECT r.township_code FROM zones.analysis_revision r
                    WHERE r.township_code = ANY (near) AND EXISTS (SELECT 1 FROM old_rows o WHERE o.geom && r.reach));
    END IF;
  END IF;
  -- A road edit can join or part the township from a neighbour's segments: recompute the boxes.
  PERFORM zones.bump_analysis_revision(coalesce(own, '{}') || near, TG_TABLE_NAME = 'road');
  RETURN NULL;
END $$;

-- Units: their own townships and those of the assets they maintain (a retired maintainer is a gap).
CREATE FUNCTION zones.analysis_edited_unit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT division_code FROM zones.township));
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT DISTINCT township_code FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM zones.bump_analysis_revision(ARRAY(
      SELECT township_code FROM new_rows UNION SELECT township_code FROM old_rows
      UNION SELECT a.township_code FROM zones.asset a WHERE a.maintainer_unit_id IN (SELECT id FROM new_rows)));
  ELSE
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT DISTINCT township_code FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

-- The township row: its settings (radii, classes, the analysis switches) feed every check.
CREATE FUNCTION zones.analysis_edited_township() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT division_code FROM new_rows), true);
  ELSE
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT n.division_code FROM new_rows n JOIN old_rows o USING (division_code)
                                               WHERE n.settings IS DISTINCT FROM o.settings), true);
  END IF;
  RETURN NULL;
END $$;

-- Three statement triggers per table (PostgreSQL allows transition tables only on single-event
-- triggers) and one for TRUNCATE.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES ('zone', 'own'), ('road', 'near'), ('asset', 'near'), ('unit', 'unit'),
                                 ('person', 'own'), ('assignment', 'own'), ('place', 'own'), ('built_up_area', 'own')) v (tbl, fn)
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON zones.%I REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION zones.%I()', t.tbl || '_analysis_insert', t.tbl, 'analysis_edited_' || t.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON zones.%I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION zones.%I()', t.tbl || '_analysis_update', t.tbl, 'analysis_edited_' || t.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON zones.%I REFERENCING OLD TABLE AS old_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION zones.%I()', t.tbl || '_analysis_delete', t.tbl, 'analysis_edited_' || t.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON zones.%I
                    FOR EACH STATEMENT EXECUTE FUNCTION zones.%I()', t.tbl || '_analysis_truncate', t.tbl, 'analysis_edited_' || t.fn);
  END LOOP;
END $$;

CREATE TRIGGER township_analysis_insert AFTER INSERT ON zones.township REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION zones.analysis_edited_township();
CREATE TRIGGER township_analysis_update AFTER UPDATE ON zones.township REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION zones.analysis_edited_township();

SELECT zones.bump_analysis_revision(ARRAY(SELECT division_code FROM zones.township), true);

-- ─── Complaint points for the heat map ───────────────────────────────────────────────────────
-- What the heat map reads of each complaint, in a narrow table (≈130 B a row against ≈400 B in
-- zones.complaint) with the point already in metres: x, y in the township's metric frame
-- (zones.township_metric_srid, migration 0016) and that frame's srid, so a map over a million
-- complaints does no ST_Transform and reads a third of the pages. Kept by statement triggers on
-- zones.complaint in the same transaction, so a case that changes stage leaves the open counts at
-- once; the open/closed rule stays zones.complaint_is_open, applied to stage when the map is drawn.
-- A frame chosen later (a township's data moved across a 0.5° meridian) leaves older rows in the old
-- frame: the map transforms rows whose srid is not the grid's (exact, only slower).
-- Why not per-cell counts: a map has any cell size (20–5000 m), hexagons or squares, and filters by
-- category, source, stage, zone, period and box, weighted by age or lateness; pre-binned counts are
-- exact for none of those (a base cell straddles map cells) and, binned by those filters and day, a
-- county's million complaints make nearly a million bins anyway.
CREATE TABLE zones.complaint_point (
  complaint_id   bigint PRIMARY KEY,
  township_code  text NOT NULL,
  stage          text NOT NULL,
  reported_at    timestamptz NOT NULL,
  category_kind  text NOT NULL,
  category_code  text NOT NULL,
  source         text NOT NULL,
  zone_id        bigint,
  deadline       timestamptz,
  closed_at      timestamptz,
  lon            double precision NOT NULL,
  lat            double precision NOT NULL,
  srid           integer NOT NULL,
  x              double precision NOT NULL,
  y              double precision NOT NULL
);
CREATE INDEX complaint_point_filter_idx ON zones.complaint_point (township_code, stage, reported_at);
CREATE INDEX complaint_point_zone_idx ON zones.complaint_point (zone_id);

-- The rows of p_ids as zones.complaint holds them now (one frame lookup per township, not per row).
CREATE FUNCTION zones.refresh_complaint_points(p_ids bigint[]) RETURNS void
LANGUAGE sql AS $$
  DELETE FROM zones.complaint_point WHERE complaint_id = ANY (p_ids);
  WITH c AS (SELECT * FROM zones.complaint WHERE id = ANY (p_ids)),
       f AS (SELECT code, zones.township_metric_srid(code) AS srid FROM (SELECT DISTINCT township_code AS code FROM c) x)
  INSERT INTO zones.complaint_point
  SELECT c.id, c.township_code, c.stage, c.reported_at, c.category_kind, c.category_code, c.source, c.zone_id,
         c.deadline, c.closed_at, ST_X(c.geom), ST_Y(c.geom), f.srid, ST_X(p.g), ST_Y(p.g)
  FROM c JOIN f ON f.code = c.township_code CROSS JOIN LATERAL (SELECT ST_Transform(c.geom, f.srid) AS g) p;
$$;

CREATE FUNCTION zones.complaint_points_edited() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    TRUNCATE zones.complaint_point;
  ELSIF TG_OP = 'DELETE' THEN
    DELETE FROM zones.complaint_point WHERE complaint_id IN (SELECT id FROM old_rows);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM zones.refresh_complaint_points(ARRAY(SELECT id FROM new_rows UNION SELECT id FROM old_rows));
  ELSE
    PERFORM zones.refresh_complaint_points(ARRAY(SELECT id FROM new_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER complaint_points_insert AFTER INSERT ON zones.complaint REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION zones.complaint_points_edited();
CREATE TRIGGER complaint_points_update AFTER UPDATE ON zones.complaint REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION zones.complaint_points_edited();
CREATE TRIGGER complaint_points_delete AFTER DELETE ON zones.complaint REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION zones.complaint_points_edited();
CREATE TRIGGER complaint_points_truncate AFTER TRUNCATE ON zones.complaint
  FOR EACH STATEMENT EXECUTE FUNCTION zones.complaint_points_edited();

INSERT INTO zones.complaint_point
SELECT c.id, c.township_code, c.stage, c.reported_at, c.category_kind, c.category_code, c.source, c.zone_id,
       c.deadline, c.closed_at, ST_X(c.geom), ST_Y(c.geom), f.srid, ST_X(p.g), ST_Y(p.g)
FROM zones.complaint c
JOIN (SELECT division_code AS code, zones.township_metric_srid(division_code) AS srid FROM zones.township) f ON f.code = c.township_code
CROSS JOIN LATERAL (SELECT ST_Transform(c.geom, f.srid) AS g) p;
ANALYZE zones.complaint_point;
