-- 0025: the large tables partitioned by township (issue #15 §3, §4; docs/scale-out.md).
--
-- zones.complaint, zones.complaint_event, zones.audit_log, zones.asset and zones.complaint_point
-- become LIST-partitioned by township_code: one partition per township (zones.complaint_330522100000),
-- created with the township, plus a DEFAULT partition that stays empty (a row whose township has no
-- partition yet would land there rather than fail). Why list by township and not hash or time:
-- the measurements are in docs/scale-out.md ("Partitioning: what was measured"). In short: every
-- main query names one township, so one partition holds exactly its rows (a township's heat map
-- reads its partition whole, with no index, and no other township's pages); hash partitions mix
-- townships and gain nothing at plan time here; month partitions of the event-like tables would
-- make "the events of this case" and "the audit of this township" visit every month.
--
-- What partitioning changes for the schema, and what this file does about it:
-- * primary and unique keys must contain the partition key: (township_code, id). That is also the
--   key a table distributed by township (Citus) can enforce, and the key 0024 gave complaint.
-- * identity columns are refused on partitioned tables before PostgreSQL 17: ids come from a
--   sequence default instead, set past the ids already used, so every id is kept as it was.
-- * foreign keys to these tables carry the township: (township_code, complaint_id) →
--   complaint (township_code, id), (township_code, asset_id) → asset (township_code, id).
-- * every index is local (created on the parent, it exists on each partition); the triggers are
--   re-created on the parent as they were (row triggers run in each partition, statement
--   triggers with transition tables on the parent).
-- * a lookup by id alone still works (a plain local index on id per partition), but visits every
--   partition: the stores pass the township with the id.
--
-- Runs on an empty database, on the demo and on a loaded county alike: rows are moved, ids and
-- sequences kept.

-- ─── the partitions of one township ──────────────────────────────────────────────────────────
-- A partition's copy of an index is named after the parent's index and the township
-- (complaint_open_geom_idx_330522125000), not "complaint_330522125000_geom_idx1": a plan then
-- says which index it uses and for which township.
CREATE FUNCTION zones.name_partition_indexes() RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT ci.relname AS index_name,
           left(pi.relname, 62 - length(substr(ct.relname, length(pt.relname) + 2))) || '_' ||
             substr(ct.relname, length(pt.relname) + 2) AS wanted
    FROM pg_inherits ii
    JOIN pg_class ci ON ci.oid = ii.inhrelid AND ci.relkind = 'i'
    JOIN pg_class pi ON pi.oid = ii.inhparent
    JOIN pg_index x ON x.indexrelid = ci.oid
    JOIN pg_class ct ON ct.oid = x.indrelid
    JOIN pg_inherits ti ON ti.inhrelid = ct.oid
    JOIN pg_class pt ON pt.oid = ti.inhparent
    WHERE ci.relnamespace = 'zones'::regnamespace AND pg_get_partkeydef(pt.oid) = 'LIST (township_code)'
  LOOP
    IF r.index_name <> r.wanted THEN
      EXECUTE format('ALTER INDEX zones.%I RENAME TO %I', r.index_name, r.wanted);
    END IF;
  END LOOP;
END $$;

-- Every table partitioned by LIST (township_code) in schema zones gets a partition for the township;
-- called for each township below and before each new township row (trigger at the end), so the
-- demo loader, the admin's createTownship and imports all get partitions without knowing of them.
CREATE FUNCTION zones.create_township_partitions(p_township text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
  parent text;
  created boolean := false;
BEGIN
  FOR parent IN
    SELECT c.relname FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid
    WHERE c.relnamespace = 'zones'::regnamespace AND pg_get_partkeydef(c.oid) = 'LIST (township_code)'
      AND NOT EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class k ON k.oid = i.inhrelid
                      WHERE i.inhparent = c.oid AND k.relname = c.relname || '_' || p_township)
  LOOP
    EXECUTE format('CREATE TABLE zones.%I PARTITION OF zones.%I FOR VALUES IN (%L)',
                   parent || '_' || p_township, parent, p_township);
    created := true;
  END LOOP;
  IF created THEN
    PERFORM zones.name_partition_indexes();
  END IF;
END $$;

-- ─── moving one table ────────────────────────────────────────────────────────────────────────
-- Rebuilds zones.<p_table> as a LIST (township_code) partitioned table with the same columns,
-- checks, defaults, indexes, triggers and outgoing foreign keys (except those to tables this file
-- partitions: they are re-made with the township below), primary key p_key, and its rows.
-- Foreign keys pointing at the table must be dropped before (they are named below).
CREATE FUNCTION pg_temp.partition_by_township(p_table text, p_key text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
  old regclass := format('zones.%I', p_table)::regclass;
  moved text := p_table || '_unpartitioned';
  ddl text[];
  seq text := CASE WHEN EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = old AND attname = 'id')
                  THEN pg_get_serial_sequence(format('zones.%I', p_table), 'id') END;
  next_id bigint;
  township text;
  nullable boolean;
BEGIN
  -- What to re-create once the old table is gone (the names are the old ones, so they must wait).
  SELECT array_agg(d ORDER BY o, d) INTO ddl FROM (
    SELECT 1 AS o, pg_get_indexdef(i.indexrelid) AS d FROM pg_index i
    WHERE i.indrelid = old AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
    UNION ALL
    SELECT 2, format('ALTER TABLE zones.%I ADD CONSTRAINT %I %s', p_table, c.conname, pg_get_constraintdef(c.oid))
    FROM pg_constraint c
    WHERE c.conrelid = old AND c.contype = 'f'
      AND c.confrelid NOT IN (SELECT format('zones.%I', t)::regclass
                              FROM unnest(ARRAY['complaint', 'complaint_event', 'audit_log', 'asset']) t
                              WHERE to_regclass(format('zones.%I', t)) IS NOT NULL)
    UNION ALL
    SELECT 3, pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE t.tgrelid = old AND NOT t.tgisinternal
  ) x;

  IF seq IS NOT NULL THEN
    EXECUTE format('SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM %s', seq) INTO next_id;
    EXECUTE format('SELECT greatest(max(id), %s) FROM zones.%I', next_id, p_table) INTO next_id;
  END IF;
  SELECT NOT a.attnotnull INTO nullable FROM pg_attribute a WHERE a.attrelid = old AND a.attname = 'township_code';

  EXECUTE format('ALTER TABLE zones.%I RENAME TO %I', p_table, moved);
  EXECUTE format('CREATE TABLE zones.%I (LIKE zones.%I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED '
                 'INCLUDING STORAGE INCLUDING COMMENTS) PARTITION BY LIST (township_code)', p_table, moved);
  FOR township IN SELECT division_code FROM zones.township ORDER BY 1 LOOP
    EXECUTE format('CREATE TABLE zones.%I PARTITION OF zones.%I FOR VALUES IN (%L)', p_table || '_' || township, p_table, township);
  END LOOP;
  -- Rows of no township (audit of the shipped categories and holidays) have a partition of their own.
  IF nullable THEN
    EXECUTE format('CREATE TABLE zones.%I PARTITION OF zones.%I FOR VALUES IN (NULL)', p_table || '_installation', p_table);
  END IF;
  EXECUTE format('CREATE TABLE zones.%I PARTITION OF zones.%I DEFAULT', p_table || '_default', p_table);

  EXECUTE format('INSERT INTO zones.%I SELECT * FROM zones.%I', p_table, moved);
  EXECUTE format('DROP TABLE zones.%I', moved);

  IF seq IS NOT NULL THEN
    EXECUTE format('CREATE SEQUENCE zones.%I OWNED BY zones.%I.id', p_table || '_id_seq', p_table);
    IF next_id > 0 THEN
      PERFORM setval(format('zones.%I', p_table || '_id_seq'), next_id, true);
    END IF;
    EXECUTE format('ALTER TABLE zones.%I ALTER COLUMN id SET DEFAULT nextval(%L)', p_table, format('zones.%I', p_table || '_id_seq'));
  END IF;
  IF p_key IS NOT NULL THEN
    EXECUTE format('ALTER TABLE zones.%I ADD CONSTRAINT %I PRIMARY KEY (%s)', p_table, p_table || '_pkey', p_key);
  END IF;
  FOR i IN 1 .. coalesce(array_length(ddl, 1), 0) LOOP
    EXECUTE ddl[i];
  END LOOP;
END $$;

-- ─── the five tables ─────────────────────────────────────────────────────────────────────────
-- Foreign keys into the moved tables go first; they come back with the township below.
ALTER TABLE zones.complaint_event DROP CONSTRAINT complaint_event_complaint_id_fkey;
ALTER TABLE zones.complaint DROP CONSTRAINT complaint_asset_id_fkey;
ALTER TABLE zones.assignment DROP CONSTRAINT assignment_asset_id_fkey;
-- 0024's key is the primary key now.
ALTER TABLE zones.complaint DROP CONSTRAINT complaint_township_id_key;

SELECT pg_temp.partition_by_township('asset', 'township_code, id');
SELECT pg_temp.partition_by_township('complaint', 'township_code, id');
SELECT pg_temp.partition_by_township('complaint_event', 'township_code, id');
-- audit_log.township_code may be NULL (0014), which a primary key refuses; a unique key allows it.
SELECT pg_temp.partition_by_township('audit_log', NULL);
ALTER TABLE zones.audit_log ADD CONSTRAINT audit_log_township_id_key UNIQUE (township_code, id);
SELECT pg_temp.partition_by_township('complaint_point', 'township_code, complaint_id');

-- Lookups by id alone (older callers, a join from another table's asset_id) find the row in each
-- partition's index rather than by a scan; the main queries give the township and touch one
-- partition. Inside a partition the township is one value, so the other indexes keep their columns.
CREATE INDEX asset_id_idx ON zones.asset (id);
CREATE INDEX complaint_id_idx ON zones.complaint (id);

ALTER TABLE zones.complaint_event ADD CONSTRAINT complaint_event_complaint_fkey
  FOREIGN KEY (township_code, complaint_id) REFERENCES zones.complaint (township_code, id);
ALTER TABLE zones.complaint ADD CONSTRAINT complaint_asset_fkey
  FOREIGN KEY (township_code, asset_id) REFERENCES zones.asset (township_code, id);
ALTER TABLE zones.assignment ADD CONSTRAINT assignment_asset_fkey
  FOREIGN KEY (township_code, asset_id) REFERENCES zones.asset (township_code, id);

-- ─── 包联 rows: keyed by township too ─────────────────────────────────────────────────────────
-- zones.assignment points at assets, so on a distributed database it is distributed by township
-- with them (docs/scale-out.md); its keys carry the township like theirs. Not partitioned: a
-- county has a few thousand rows. "One active primary per target" holds within the target's
-- township, which is every target's only one.
ALTER TABLE zones.assignment DROP CONSTRAINT assignment_pkey;
ALTER TABLE zones.assignment ADD CONSTRAINT assignment_pkey PRIMARY KEY (township_code, id);
CREATE INDEX assignment_id_idx ON zones.assignment (id);
ALTER TABLE zones.assignment DROP CONSTRAINT assignment_one_primary_per_target;
ALTER TABLE zones.assignment ADD CONSTRAINT assignment_one_primary_per_target EXCLUDE USING gist
  (township_code WITH =, target_kind WITH =, target_id WITH =, tstzrange(valid_from, valid_to) WITH &&) WHERE (is_primary);

-- ─── complaint points by township ────────────────────────────────────────────────────────────
-- 0018 refreshed the heat map's rows by complaint id alone, which now visits every partition;
-- the transition tables carry the township, so the old rows are deleted township by township
-- (a statement's rows are nearly always of one), each in its own partition.
CREATE OR REPLACE FUNCTION zones.complaint_points_edited() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  township text;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    TRUNCATE zones.complaint_point;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    FOR township IN SELECT DISTINCT o.township_code FROM old_rows o LOOP
      DELETE FROM zones.complaint_point p
      WHERE p.township_code = township AND p.complaint_id IN (SELECT o.id FROM old_rows o WHERE o.township_code = township);
    END LOOP;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO zones.complaint_point
    SELECT c.id, c.township_code, c.stage, c.reported_at, c.category_kind, c.category_code, c.source, c.zone_id,
           c.deadline, c.closed_at, ST_X(c.geom), ST_Y(c.geom), f.srid, ST_X(p.g), ST_Y(p.g)
    FROM new_rows c
    JOIN (SELECT code, zones.township_metric_srid(code) AS srid
          FROM (SELECT DISTINCT township_code AS code FROM new_rows) t) f ON f.code = c.township_code
    CROSS JOIN LATERAL (SELECT ST_Transform(c.geom, f.srid) AS g) p;
  END IF;
  RETURN NULL;
END $$;

-- ─── triggers name the table, not the partition ──────────────────────────────────────────────
-- A row trigger of a partitioned table runs in the partition, where TG_TABLE_NAME is
-- "asset_330522125000": the audit log, the scope refusal and the boundary message name the table
-- the row belongs to (pg_partition_root is NULL for a table not partitioned: then its own name).
CREATE FUNCTION zones.trigger_table(p_relid oid) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT relname::text FROM pg_catalog.pg_class WHERE oid = coalesce(pg_catalog.pg_partition_root(p_relid), p_relid)
$$;

CREATE OR REPLACE FUNCTION zones.write_audit_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - 'geom' END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - 'geom' END;
  r jsonb := coalesce(new_row, old_row);
BEGIN
  INSERT INTO zones.audit_log (township_code, table_name, row_id, row_key, action, actor, before, after)
  VALUES (coalesce(r ->> 'township_code', r ->> 'division_code'), zones.trigger_table(TG_RELID), (r ->> 'id')::bigint,
          coalesce(r ->> 'id', r ->> 'day', r ->> 'division_code'), lower(TG_OP),
          coalesce(nullif(current_setting('zones.actor', true), ''), current_user),
          old_row, new_row);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION zones.check_write_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND NOT zones.may_write(OLD.township_code) THEN
    PERFORM zones.refuse_write(OLD.township_code, zones.trigger_table(TG_RELID));
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NOT zones.may_write(NEW.township_code) THEN
      PERFORM zones.refuse_write(NEW.township_code, zones.trigger_table(TG_RELID));
    END IF;
  ELSIF NEW.township_code IS DISTINCT FROM OLD.township_code AND NOT zones.may_write(NEW.township_code) THEN
    PERFORM zones.refuse_write(NEW.township_code, zones.trigger_table(TG_RELID));
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION zones.check_in_township() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  m record;
  t text;
BEGIN
  IF NOT zones.lies_in_township(NEW.township_code, NEW.geom) THEN
    t := zones.trigger_table(TG_RELID);
    SELECT * INTO m FROM zones.township_misfit(t, NEW.township_code, NEW.geom);
    RAISE EXCEPTION USING ERRCODE = 'ZN422', MESSAGE = m.zh || ' ' || m.en,
      SCHEMA = TG_TABLE_SCHEMA, TABLE = t, COLUMN = 'geom';
  END IF;
  RETURN NEW;
END $$;

-- ─── a new township gets its partitions before its first row ─────────────────────────────────
-- BEFORE the township row, so the audit row of its creation (an AFTER trigger) already finds the
-- township's audit_log partition rather than the DEFAULT one.
CREATE FUNCTION zones.township_partitions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM zones.create_township_partitions(NEW.division_code);
  RETURN NEW;
END $$;
CREATE TRIGGER township_partitions BEFORE INSERT ON zones.township
  FOR EACH ROW EXECUTE FUNCTION zones.township_partitions();

SELECT zones.name_partition_indexes();
ANALYZE zones.asset, zones.complaint, zones.complaint_event, zones.audit_log, zones.complaint_point;
