-- 0009: every write stays inside the actor's scope, and every row inside its township (issue #10 §1, §2).
--
-- THE write rule (shared/DESIGN.md "One rule, one place"): a row may be written only by an actor
-- whose scope (zones.scope_townships, 0008) covers the row's township, before and after the change.
-- The server names the scope in every write transaction (Data/Transactions.cs sets
-- zones.actor_township / zones.actor_county); psql, migrations and the demo loader set neither and
-- may write anything, and so may an installation-wide actor (both empty).
--
-- Our own SQLSTATEs (class ZN is not used by PostgreSQL); the server turns them into typed errors
-- (Data/Editing/DbErrors.cs):
--   ZN403  the row's township lies outside the actor's scope  -> ForbiddenError
--   ZN422  the row's geometry lies outside its township        -> InvalidInputError

-- May the actor of this transaction write a row of p_township? A NULL township (shipped default
-- categories and holidays) belongs to every township, so only an installation-wide actor may.
-- scope_townships is inlined into it, so a row costs one primary-key lookup in zones.township.
CREATE FUNCTION zones.may_write(p_township text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT (a.t IS NULL AND a.c IS NULL)
         OR EXISTS (SELECT 1 FROM zones.scope_townships(a.t, a.c) s WHERE s = p_township)
  FROM (SELECT nullif(current_setting('zones.actor_township', true), ''),
               nullif(current_setting('zones.actor_county', true), '')) a (t, c)
$$;

-- Why the actor may not write p_township, in Chinese and in English; both NULL when it may.
-- Writers ask it up front (before checks that would describe another township's rows); the
-- trigger below is the guarantee and raises the same words.
CREATE FUNCTION zones.write_refusal(p_township text, OUT zh text, OUT en text)
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  t text := nullif(current_setting('zones.actor_township', true), '');
  c text := nullif(current_setting('zones.actor_county', true), '');
  own text := (SELECT name FROM zones.township WHERE division_code = t);
  target text := coalesce((SELECT name FROM zones.township WHERE division_code = p_township), p_township);
  scope_zh text := CASE WHEN t IS NOT NULL THEN format('乡镇“%s”（%s）', coalesce(own, t), t) ELSE format('县 %s', c) END;
  scope_en text := CASE WHEN t IS NOT NULL THEN format('township %s (%s)', coalesce(own, t), t) ELSE format('county %s', c) END;
BEGIN
  IF zones.may_write(p_township) THEN
    RETURN;
  END IF;
  IF p_township IS NULL THEN
    zh := format('全系统共用的数据（默认案件类别、节假日）不在您的管辖范围（%s）内，只有全系统管理员可以修改。', scope_zh);
    en := format('Data shared by every township (default categories, holidays) is outside your scope (%s): '
                 'only an installation administrator may change it.', scope_en);
  ELSE
    zh := format('“%s”（%s）不在您的管辖范围（%s）内，不能修改其数据。请用该乡镇的账号操作，或请县级管理员办理。',
                 target, p_township, scope_zh);
    en := format('Township %s (%s) is outside your scope (%s): you cannot change its data. '
                 'Sign in with an account of that township or ask a county administrator.', target, p_township, scope_en);
  END IF;
END $$;

CREATE FUNCTION zones.refuse_write(p_township text, p_table text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  SELECT * INTO r FROM zones.write_refusal(p_township);
  RAISE EXCEPTION USING ERRCODE = 'ZN403', MESSAGE = r.zh || ' ' || r.en,
    SCHEMA = 'zones', TABLE = p_table, COLUMN = 'township_code';
END $$;

CREATE FUNCTION zones.check_write_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND NOT zones.may_write(OLD.township_code) THEN
    PERFORM zones.refuse_write(OLD.township_code, TG_TABLE_NAME);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NOT zones.may_write(NEW.township_code) THEN
      PERFORM zones.refuse_write(NEW.township_code, TG_TABLE_NAME);
    END IF;
  ELSIF NEW.township_code IS DISTINCT FROM OLD.township_code AND NOT zones.may_write(NEW.township_code) THEN
    PERFORM zones.refuse_write(NEW.township_code, TG_TABLE_NAME);
  END IF;
  RETURN NEW;
END $$;

-- Every table that carries a township, zone_history and case_counter included (both written by the
-- server beside the row they belong to). Not audit_log: only triggers write it, after a checked row.
-- Trigger names sort before zone_keep_history, so a refused update archives nothing first.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['zone', 'zone_history', 'built_up_area', 'road', 'unit', 'person', 'shop', 'place', 'asset',
                           'assignment', 'complaint_category', 'calendar_day', 'complaint', 'complaint_event', 'case_counter'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON zones.%I
                      FOR EACH ROW EXECUTE FUNCTION zones.check_write_scope()', t || '_check_scope', t);
  END LOOP;
END $$;


-- THE containment rule: a row's geometry lies inside its township's boundary, the current
-- published township-level zone. Tolerance 5 m for every kind of geometry, measured on the ground
-- (geography): a point may lie up to 5 m outside (GPS noise at the edge), a line or area may stick
-- out by up to 5 m (a road or zone traced along the border). A township with no boundary yet is not
-- checked: a new township loads its boundary first.
-- One primary lookup per row picks the boundary; the common case, a geometry well inside, costs
-- one ST_CoveredBy (point-in-polygon for points, no GEOS). The tolerance is only measured for the
-- rare geometry that is not covered. Measured on one INSERT of 10,000 points on a busy 2-core
-- machine (EXPLAIN ANALYZE): the scope trigger costs about 15 µs a row and this one about 16 µs,
-- as much as one foreign-key check; the audit trigger of 0001 costs about 175 µs. Loading a
-- county of three townships (30,000 assets, 2,700 roads, 5,000 cases) checks every row in 2 s.
CREATE INDEX zone_township_boundary_idx ON zones.zone (township_code)
  WHERE level = 'township' AND status = 'published' AND valid_to IS NULL;

CREATE FUNCTION zones.lies_in_township(p_township text, p_geom geometry) RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  boundary geometry;
  found_one boolean := false;
BEGIN
  FOR boundary IN SELECT b.geom FROM zones.zone b
                  WHERE b.township_code = p_township AND b.level = 'township'
                    AND b.status = 'published' AND b.valid_to IS NULL LOOP
    found_one := true;
    IF ST_CoveredBy(p_geom, boundary) THEN
      RETURN true;
    END IF;
    IF ST_Dimension(p_geom) = 0 THEN
      IF ST_DWithin(p_geom::geography, boundary::geography, 5) THEN
        RETURN true;
      END IF;
    ELSIF ST_CoveredBy(p_geom, ST_Buffer(boundary::geography, 5)::geometry) THEN
      RETURN true;
    END IF;
  END LOOP;
  RETURN NOT found_one;
END $$;

-- What to say when a row of p_what (a table name) does not lie in p_township: where it is (the
-- point, or a point of the part outside), which township's land that is, and how to fix it.
-- Chinese first, then English, as two columns (the importer lists them apart).
CREATE FUNCTION zones.township_misfit(p_what text, p_township text, p_geom geometry, OUT zh text, OUT en text)
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  own_name text := coalesce((SELECT name FROM zones.township WHERE division_code = p_township), p_township);
  boundary geometry := (SELECT b.geom FROM zones.zone b
                        WHERE b.township_code = p_township AND b.level = 'township'
                          AND b.status = 'published' AND b.valid_to IS NULL ORDER BY b.id LIMIT 1);
  is_point boolean := ST_Dimension(p_geom) = 0;
  outside geometry := CASE WHEN NOT is_point AND boundary IS NOT NULL THEN ST_Difference(p_geom, boundary) END;
  here geometry;
  lonlat text;
  land record;
  what_zh text := CASE p_what WHEN 'zone' THEN '片区' WHEN 'built_up_area' THEN '建成区' WHEN 'road' THEN '路段'
                    WHEN 'shop' THEN '门店' WHEN 'place' THEN '地点' WHEN 'asset' THEN '部件'
                    WHEN 'complaint' THEN '案卷' ELSE p_what END;
  what_en text := CASE p_what WHEN 'zone' THEN 'zone' WHEN 'built_up_area' THEN 'built-up area'
                    WHEN 'road' THEN 'road segment' WHEN 'complaint' THEN 'case' ELSE p_what END;
BEGIN
  -- Of a line or area, the vertex of the part outside that lies farthest from the boundary.
  here := CASE WHEN outside IS NULL OR ST_IsEmpty(outside) THEN ST_PointOnSurface(p_geom)
               ELSE (SELECT d.geom FROM ST_DumpPoints(outside) d ORDER BY ST_Distance(d.geom, boundary) DESC LIMIT 1) END;
  lonlat := format('(%s, %s)', round(ST_X(here)::numeric, 6), round(ST_Y(here)::numeric, 6));
  SELECT t.name, t.division_code INTO land
  FROM zones.zone z JOIN zones.township t ON t.division_code = z.township_code
  WHERE z.level = 'township' AND z.status = 'published' AND z.valid_to IS NULL AND ST_Intersects(z.geom, here)
  ORDER BY z.township_code = p_township, z.id LIMIT 1;

  zh := CASE WHEN is_point THEN format('%s的位置 %s ', what_zh, lonlat)
             ELSE format('%s有一部分（如 %s 处）', what_zh, lonlat) END
     || CASE WHEN land.division_code IS NOT NULL THEN format('位于“%s”（%s）境内', land.name, land.division_code)
             ELSE '不在任何已登记乡镇的范围内' END
     || format('，超出“%s”（%s）的边界（允许误差 5 米）。', own_name, p_township)
     || CASE WHEN land.division_code IS NOT NULL
             THEN format('请核对坐标，或在“%s”录入这条数据。', land.name)
             ELSE '请核对坐标：经度在前、纬度在后，坐标系为 WGS84 / CGCS2000（手机地图的 GCJ-02、BD-09 坐标须先转换）。' END;
  en := CASE WHEN is_point THEN format('The %s at %s lies ', what_en, lonlat)
             ELSE format('Part of the %s (e.g. at %s) lies ', what_en, lonlat) END
     || CASE WHEN land.division_code IS NOT NULL THEN format('in township %s (%s)', land.name, land.division_code)
             ELSE 'in no registered township' END
     || format(', outside the boundary of %s (%s) by more than 5 m: ', own_name, p_township)
     || CASE WHEN land.division_code IS NOT NULL
             THEN format('check the coordinates, or enter it in %s.', land.name)
             ELSE 'check the coordinates (longitude first, WGS84 / CGCS2000; convert GCJ-02 or BD-09 from phone maps first).' END;
END $$;

CREATE FUNCTION zones.check_in_township() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  m record;
BEGIN
  IF NOT zones.lies_in_township(NEW.township_code, NEW.geom) THEN
    SELECT * INTO m FROM zones.township_misfit(TG_TABLE_NAME, NEW.township_code, NEW.geom);
    RAISE EXCEPTION USING ERRCODE = 'ZN422', MESSAGE = m.zh || ' ' || m.en,
      SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'geom';
  END IF;
  RETURN NEW;
END $$;

-- On insert every row; on update only when the geometry or the township changes, so a row drawn
-- before this rule can still be renamed or retired. Not the county and township levels of the zone
-- tree: they are the boundaries themselves.
DO $$
DECLARE
  t text;
  only_below text;
BEGIN
  FOREACH t IN ARRAY ARRAY['zone', 'built_up_area', 'road', 'shop', 'place', 'asset', 'complaint'] LOOP
    only_below := CASE t WHEN 'zone' THEN $w$NEW.level NOT IN ('county', 'township') AND $w$ ELSE '' END;
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON zones.%I FOR EACH ROW %s
                      EXECUTE FUNCTION zones.check_in_township()', t || '_check_township', t,
                   CASE WHEN only_below <> '' THEN format('WHEN (%s true)', only_below) ELSE '' END);
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OF geom, township_code ON zones.%I
                      FOR EACH ROW WHEN (%s (NEW.geom IS DISTINCT FROM OLD.geom OR NEW.township_code IS DISTINCT FROM OLD.township_code))
                      EXECUTE FUNCTION zones.check_in_township()', t || '_check_township_update', t, only_below);
  END LOOP;
END $$;
