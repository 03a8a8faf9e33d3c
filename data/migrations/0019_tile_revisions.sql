-- 0019: what a vector tile's ETag is made of (issue #12: a 304 must not render the tile first).
-- One row per township, one counter per tile layer, bumped in the editing transaction by statement
-- triggers on every table a layer shows (owners of zones and roads come from assignments, people
-- and units). Counters only grow, and a bump holds the township's row lock until commit, so a
-- revision read after a commit always covers it — unlike max(audit_log.id), which a transaction
-- that allocated its id earlier but commits later would never raise. One row (not one per layer)
-- so that a transaction touching several layers locks once and cannot deadlock with another.
CREATE TABLE zones.tile_revision (
  township_code text PRIMARY KEY,
  zones         bigint NOT NULL DEFAULT 0,
  roads         bigint NOT NULL DEFAULT 0,
  assets        bigint NOT NULL DEFAULT 0,
  complaints    bigint NOT NULL DEFAULT 0
);

-- TG_ARGV: the layer columns the table feeds. Statement-level with transition tables: an import of
-- 100k rows bumps each township once.
CREATE FUNCTION zones.bump_tile_revision() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text := CASE TG_OP WHEN 'INSERT' THEN 'SELECT township_code FROM new_rows'
                             WHEN 'DELETE' THEN 'SELECT township_code FROM old_rows'
                             ELSE 'SELECT township_code FROM new_rows UNION SELECT township_code FROM old_rows' END;
  columns text := (SELECT string_agg(format('%I', c), ', ') FROM unnest(TG_ARGV) c);
  ones text := (SELECT string_agg('1', ', ') FROM unnest(TG_ARGV) c);
  bumps text := (SELECT string_agg(format('%1$I = r.%1$I + 1', c), ', ') FROM unnest(TG_ARGV) c);
BEGIN
  EXECUTE format('INSERT INTO zones.tile_revision AS r (township_code, %s) SELECT DISTINCT township_code, %s FROM (%s) c '
                 'WHERE township_code IS NOT NULL ORDER BY 1 ON CONFLICT (township_code) DO UPDATE SET %s', columns, ones, changed, bumps);
  RETURN NULL;
END $$;

DO $$
DECLARE
  feeds constant text[][] := ARRAY[
    ['zone', 'zones', NULL], ['road', 'roads', NULL], ['asset', 'assets', NULL], ['complaint', 'complaints', NULL],
    ['assignment', 'zones', 'roads'], ['person', 'zones', 'roads'], ['unit', 'zones', 'roads']];
  f text[];
  args text;
BEGIN
  FOREACH f SLICE 1 IN ARRAY feeds LOOP
    args := quote_literal(f[2]) || coalesce(', ' || quote_literal(f[3]), '');
    EXECUTE format('CREATE TRIGGER %1$s_tile_revision_insert AFTER INSERT ON zones.%1$I REFERENCING NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION zones.bump_tile_revision(%2$s)', f[1], args);
    EXECUTE format('CREATE TRIGGER %1$s_tile_revision_update AFTER UPDATE ON zones.%1$I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION zones.bump_tile_revision(%2$s)', f[1], args);
    EXECUTE format('CREATE TRIGGER %1$s_tile_revision_delete AFTER DELETE ON zones.%1$I REFERENCING OLD TABLE AS old_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION zones.bump_tile_revision(%2$s)', f[1], args);
  END LOOP;
END $$;

INSERT INTO zones.tile_revision (township_code) SELECT division_code FROM zones.township ON CONFLICT DO NOTHING;

-- The clock part of the zones and roads revisions counts assignment bounds still ahead (TileStore.RevisionSql).
CREATE INDEX assignment_valid_from_idx ON zones.assignment (valid_from);
CREATE INDEX assignment_valid_to_idx ON zones.assignment (valid_to);
