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

-- The box around a township's current zones within which another township's asset or road can
-- change its coverage result: widened by its largest check radius (settings.analysis), ≥ 1 km.
CREATE FUNCTION zones.analysis_reach(p_township text) RETURNS geometry
LANGUAGE sql STABLE AS $$
  SELECT ST_SetSRID(ST_Expand(e, m / (111320 * greatest(cos(radians(greatest(abs(ST_YMin(e)), abs(ST_YMax(e))))), 0.05)), m / 110574), 4326)
  FROM (SELECT ST_Extent(z.geom)::box2d AS e FROM zones.zone z WHERE z.township_code = p_township AND z.valid_to IS NULL) x,
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

-- Rows with township_code only (person, assignment, place, built_up_area): their own townships.
CREATE FUNCTION zones.analysis_edited_own() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT division_code FROM zones.township));
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT DISTINCT township_code FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT township_code FROM new_rows UNION SELECT township_code FROM old_rows));
  ELSE
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT DISTINCT township_code FROM old_rows));
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
  PERFORM zones.bump_analysis_revision(coalesce(own, '{}') || near);
  RETURN NULL;
END $$;

-- Zones: their own townships, whose reach box is recomputed from the zones now current.
CREATE FUNCTION zones.analysis_edited_zone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT division_code FROM zones.township), true);
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT DISTINCT township_code FROM new_rows), true);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT township_code FROM new_rows UNION SELECT township_code FROM old_rows), true);
  ELSE
    PERFORM zones.bump_analysis_revision(ARRAY(SELECT DISTINCT township_code FROM old_rows), true);
  END IF;
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
  FOR t IN SELECT * FROM (VALUES ('zone', 'zone'), ('road', 'near'), ('asset', 'near'), ('unit', 'unit'),
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
