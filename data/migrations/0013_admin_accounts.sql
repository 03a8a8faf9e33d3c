-- 0013: townships, counties, users and API keys managed without SQL (issue #11 §1, §6).

-- The county (县) is the level above townships: a county admin manages all of its townships
-- (zones.scope_townships, 0008). Its name is NULL until someone gives it (the demo loader from
-- township.json's county_name, createTownship / updateTownship from countyName).
CREATE TABLE zones.county (
  code        text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
  name        text CHECK (name IS NULL OR btrim(name) <> ''),
  created_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO zones.county (code) SELECT DISTINCT county_code FROM zones.township;
ALTER TABLE zones.township ADD CONSTRAINT township_county_fkey FOREIGN KEY (county_code) REFERENCES zones.county (code);

-- A township inserted by code that predates counties (the demo loader, tests, psql) gets its county
-- row on the way in, so the foreign key never refuses it. (BEFORE triggers run before the key check.)
CREATE FUNCTION zones.ensure_county() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO zones.county (code) VALUES (NEW.county_code) ON CONFLICT (code) DO NOTHING;
  RETURN NEW;
END $$;
CREATE TRIGGER township_ensure_county BEFORE INSERT OR UPDATE OF county_code ON zones.township
  FOR EACH ROW EXECUTE FUNCTION zones.ensure_county();

-- A retired (撤销) township keeps its rows and stays readable; the server writes none of them.
ALTER TABLE zones.township ADD COLUMN retired_at timestamptz;

-- Set by an admin's password reset (and for every user an admin creates): the user must choose a
-- password of their own before writing anything.
ALTER TABLE zones.app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
                           ADD COLUMN last_sign_in_at timestamptz;
-- Written at most once a minute per key (UserStore.ApiKeys.cs), so hotline calls do not each write.
ALTER TABLE zones.api_key ADD COLUMN last_used_at timestamptz;

-- THE write rule of 0009, now also refusing retired townships. A retired township refuses every
-- server transaction (zones.actor set, installation actors included); psql, migrations and the
-- demo loader (no actor) still may write, to repair data.
CREATE OR REPLACE FUNCTION zones.may_write(p_township text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT ((a.t IS NULL AND a.c IS NULL)
          OR EXISTS (SELECT 1 FROM zones.scope_townships(a.t, a.c) s WHERE s = p_township))
     AND (a.actor IS NULL
          OR NOT EXISTS (SELECT 1 FROM zones.township r WHERE r.division_code = p_township AND r.retired_at IS NOT NULL))
  FROM (SELECT nullif(current_setting('zones.actor_township', true), ''),
               nullif(current_setting('zones.actor_county', true), ''),
               nullif(current_setting('zones.actor', true), '')) a (t, c, actor)
$$;

CREATE OR REPLACE FUNCTION zones.write_refusal(p_township text, OUT zh text, OUT en text)
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  t text := nullif(current_setting('zones.actor_township', true), '');
  c text := nullif(current_setting('zones.actor_county', true), '');
  own text := (SELECT name FROM zones.township WHERE division_code = t);
  target text := coalesce((SELECT name FROM zones.township WHERE division_code = p_township), p_township);
  retired timestamptz := (SELECT retired_at FROM zones.township WHERE division_code = p_township);
  scope_zh text := CASE WHEN t IS NOT NULL THEN format('乡镇“%s”（%s）', coalesce(own, t), t) ELSE format('县 %s', c) END;
  scope_en text := CASE WHEN t IS NOT NULL THEN format('township %s (%s)', coalesce(own, t), t) ELSE format('county %s', c) END;
BEGIN
  IF zones.may_write(p_township) THEN
    RETURN;
  END IF;
  -- Retired, and in the actor's scope (else the scope is the better answer).
  IF retired IS NOT NULL AND EXISTS (SELECT 1 FROM zones.scope_townships(t, c) s WHERE s = p_township) THEN
    zh := format('%s（%s）已于 %s 撤销，其数据只能查看，不能修改。如确需修改，请县级或系统管理员先恢复该乡镇。',
                 target, p_township, to_char(retired AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'));
    en := format('Township %s (%s) was retired on %s: its data can be read but not changed. '
                 'Ask a county or installation administrator to restore it first.',
                 target, p_township, to_char(retired AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'));
  ELSIF p_township IS NULL THEN
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

-- THE rule of who may manage an account (a user or an API key) of a scope: an actor whose own
-- scope covers it. A township admin manages accounts of that township; a county admin those of the
-- county and of any of its townships; the installation everything. So nobody grants a scope wider
-- than their own. zones.may_manage asks it for the actor of the transaction; like may_write, an
-- actor-less session (psql, the CLI) may do anything. Creating a township is managing its county.
CREATE FUNCTION zones.scope_covers(p_actor_township text, p_actor_county text, p_township text, p_county text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN p_actor_township IS NULL AND p_actor_county IS NULL THEN true
              WHEN p_actor_township IS NOT NULL THEN p_township IS NOT DISTINCT FROM p_actor_township AND p_county IS NULL
              ELSE (p_township IS NULL AND p_county IS NOT DISTINCT FROM p_actor_county)
                   OR EXISTS (SELECT 1 FROM zones.township x WHERE x.division_code = p_township AND x.county_code = p_actor_county) END
$$;

-- The same for the actor of this transaction (Data/Transactions.cs names its scope).
CREATE FUNCTION zones.may_manage(p_township text, p_county text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT zones.scope_covers(nullif(current_setting('zones.actor_township', true), ''),
                            nullif(current_setting('zones.actor_county', true), ''), p_township, p_county)
$$;

CREATE FUNCTION zones.check_account_scope() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  t text := nullif(current_setting('zones.actor_township', true), '');
  c text := nullif(current_setting('zones.actor_county', true), '');
  bad_t text;
  bad_c text;
BEGIN
  IF TG_OP <> 'INSERT' AND NOT zones.may_manage(OLD.township_code, OLD.county_code) THEN
    bad_t := OLD.township_code;
    bad_c := OLD.county_code;
  ELSIF TG_OP <> 'DELETE' AND NOT zones.may_manage(NEW.township_code, NEW.county_code) THEN
    bad_t := NEW.township_code;
    bad_c := NEW.county_code;
  ELSE
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  RAISE EXCEPTION USING ERRCODE = 'ZN403', SCHEMA = 'zones', TABLE = TG_TABLE_NAME, COLUMN = 'township_code',
    MESSAGE = format('账号的范围（%s）超出您的管辖范围（%s）：只能管理本辖区内的账号，也不能授予比自己更大的范围。'
                     'The account''s scope (%s) is outside yours (%s): you may only manage accounts within your scope, '
                     'never grant a wider one.',
                     coalesce('乡镇 ' || bad_t, '县 ' || bad_c, '全系统'),
                     coalesce('乡镇 ' || t, '县 ' || c, '全系统'),
                     coalesce('township ' || bad_t, 'county ' || bad_c, 'installation'),
                     coalesce('township ' || t, 'county ' || c, 'installation'));
END $$;
CREATE TRIGGER app_user_check_scope BEFORE INSERT OR UPDATE OR DELETE ON zones.app_user
  FOR EACH ROW EXECUTE FUNCTION zones.check_account_scope();
CREATE TRIGGER api_key_check_scope BEFORE INSERT OR UPDATE OR DELETE ON zones.api_key
  FOR EACH ROW EXECUTE FUNCTION zones.check_account_scope();

-- Audit of townships and accounts: who created, changed, disabled or revoked what. Secrets never
-- reach the log, and neither do sign-in and key-use times (they change on every use, not by anyone's
-- decision), nor a township's settings (0014 audits those with the settings writes). A county-wide
-- account is logged under its county code, an installation-wide one under ''.
CREATE FUNCTION zones.write_admin_audit_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  hidden text[] := ARRAY['password_hash', 'key_salt', 'key_hash', 'last_sign_in_at', 'last_used_at', 'settings'];
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - hidden END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - hidden END;
  r jsonb := coalesce(new_row, old_row);
BEGIN
  IF TG_OP = 'UPDATE' AND old_row = new_row THEN
    RETURN NULL;
  END IF;
  INSERT INTO zones.audit_log (township_code, table_name, row_id, action, actor, before, after)
  VALUES (coalesce(r ->> 'division_code', r ->> 'township_code', r ->> 'county_code', ''), TG_TABLE_NAME,
          coalesce((r ->> 'id')::bigint, (r ->> 'division_code')::bigint), lower(TG_OP),
          coalesce(nullif(current_setting('zones.actor', true), ''), current_user),
          old_row, new_row);
  RETURN NULL;
END $$;
CREATE TRIGGER township_audit AFTER INSERT OR UPDATE OR DELETE ON zones.township
  FOR EACH ROW EXECUTE FUNCTION zones.write_admin_audit_log();
CREATE TRIGGER app_user_audit AFTER INSERT OR UPDATE OR DELETE ON zones.app_user
  FOR EACH ROW EXECUTE FUNCTION zones.write_admin_audit_log();
CREATE TRIGGER api_key_audit AFTER INSERT OR UPDATE OR DELETE ON zones.api_key
  FOR EACH ROW EXECUTE FUNCTION zones.write_admin_audit_log();
