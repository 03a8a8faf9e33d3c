-- 0014: settings without SQL (issue #11 §7, §8): the audit log keeps the old and the new value of
-- complaint categories, working-calendar days, a township's settings, units and people; and an
-- index for the 包联 table (assignmentTable).

-- National rows (the shipped holidays and default categories, township_code NULL) belong to no
-- township, so their audit rows have none either. NULL rather than a made-up code such as
-- '000000000000': a sentinel would look like a real 统计用区划代码, would need a row in
-- zones.township to join to, and every reader filtering by township (tiles' revision, the access
-- matrix) would have to know to leave it out. NULL is left out by "township_code = ANY(…)" already.
ALTER TABLE zones.audit_log ALTER COLUMN township_code DROP NOT NULL;

-- Calendar days and townships have no bigint id: their audit rows name the row by row_key
-- (the date 2027-01-01, the division code) and leave row_id NULL.
ALTER TABLE zones.audit_log ALTER COLUMN row_id DROP NOT NULL;
ALTER TABLE zones.audit_log ADD COLUMN row_key text;

-- The same function as 0001 for the tables audited there (row_id from id, township from
-- township_code); a township row is its own township, and a row without id is named by row_key.
CREATE OR REPLACE FUNCTION zones.write_audit_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - 'geom' END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - 'geom' END;
  r jsonb := coalesce(new_row, old_row);
BEGIN
  INSERT INTO zones.audit_log (township_code, table_name, row_id, row_key, action, actor, before, after)
  VALUES (coalesce(r ->> 'township_code', r ->> 'division_code'), TG_TABLE_NAME, (r ->> 'id')::bigint,
          coalesce(r ->> 'id', r ->> 'day', r ->> 'division_code'), lower(TG_OP),
          coalesce(nullif(current_setting('zones.actor', true), ''), current_user),
          old_row, new_row);
  RETURN NULL;
END $$;

CREATE TRIGGER complaint_category_audit AFTER INSERT OR UPDATE OR DELETE ON zones.complaint_category
  FOR EACH ROW EXECUTE FUNCTION zones.write_audit_log();
CREATE TRIGGER calendar_day_audit AFTER INSERT OR UPDATE OR DELETE ON zones.calendar_day
  FOR EACH ROW EXECUTE FUNCTION zones.write_audit_log();
CREATE TRIGGER unit_audit AFTER INSERT OR UPDATE OR DELETE ON zones.unit
  FOR EACH ROW EXECUTE FUNCTION zones.write_audit_log();
CREATE TRIGGER person_audit AFTER INSERT OR UPDATE OR DELETE ON zones.person
  FOR EACH ROW EXECUTE FUNCTION zones.write_audit_log();
-- Only the settings of a township here (what updateAnalysisSettings writes); creating, renaming and
-- retiring townships is audited where those writes live (issue #11 §1).
CREATE TRIGGER township_settings_audit AFTER UPDATE OF settings ON zones.township
  FOR EACH ROW WHEN (OLD.settings IS DISTINCT FROM NEW.settings) EXECUTE FUNCTION zones.write_audit_log();

-- The 包联 table lists one township's assignments by kind, active ones first asked for: the
-- township and kind lead, the id keeps the keyset page order. Owner and target name searches
-- (ILIKE '%…%') run over that township's rows only, a few thousand at most, so they need no
-- trigram index.
CREATE INDEX assignment_table_idx ON zones.assignment (township_code, target_kind, id);
CREATE INDEX assignment_table_active_idx ON zones.assignment (township_code, id) WHERE valid_to IS NULL;
