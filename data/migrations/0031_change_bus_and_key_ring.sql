-- 0031 (issue #15 §1): several server instances on one database.
--
-- 1. The ASP.NET Core Data Protection key ring (what signs and encrypts the sign-in cookie) lives here,
--    not in each instance's file system, so a cookie issued by one instance is read by every other and a
--    restart signs nobody out. One row per key, as the framework's IXmlRepository stores it (an XML
--    element, encrypted at rest when Zones:DataProtection:Certificate… is configured). Installation-wide,
--    not per township: under Citus a reference table.
CREATE TABLE zones.data_protection_key (
  friendly_name  text PRIMARY KEY,
  xml            text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);

-- 2. The change bus: every instance LISTENs on the channel zones_change; a message is
--    "<channel> <payload>" (Data/Notify/ChangeBus.cs). pg_notify is delivered at commit and never for
--    a rolled-back transaction, and identical messages of one transaction are delivered once.
--    Triggers publish, not the writers, so a write through any path (GraphQL, Open311, the resident
--    page, an import, the CLI, psql) is heard by every instance.

-- Cases reported or changed: "complaint <township> <id>,<id>,…" in chunks of 300 ids (a bigint is at
-- most 20 characters, so a chunk stays well below the 8000-byte limit). A statement that writes more
-- than 1000 cases (a bulk load) says only "complaint <township>": subscribers are not pushed a load
-- case by case, and the load does not fill the notification queue.
CREATE FUNCTION zones.complaint_announced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  message text;
  bulk boolean := (SELECT count(*) > 1000 FROM new_rows);
BEGIN
  FOR message IN
    SELECT 'complaint ' || township_code || CASE WHEN bulk THEN '' ELSE ' ' || string_agg(id::text, ',' ORDER BY id) END
    FROM (SELECT township_code, id, (row_number() OVER (PARTITION BY township_code ORDER BY id) - 1) / 300 AS chunk
          FROM new_rows) c
    GROUP BY township_code, CASE WHEN bulk THEN 0 ELSE chunk END
  LOOP
    PERFORM pg_notify('zones_change', message);
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER complaint_announce_insert AFTER INSERT ON zones.complaint REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION zones.complaint_announced();
CREATE TRIGGER complaint_announce_update AFTER UPDATE ON zones.complaint REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION zones.complaint_announced();

-- Accounts whose sign-ins end or change: "account <username>" or "account apikey:<name>", the names the
-- servers' session caches key actors by. Only changes that matter to a sign-in: the bookkeeping columns
-- written on every sign-in or call (last_sign_in_at, last_used_at, last_seen_at) announce nothing.
CREATE FUNCTION zones.account_announced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'app_session' THEN
    PERFORM pg_notify('zones_change', 'account ' || u.username) FROM zones.app_user u WHERE u.id = NEW.user_id;
  ELSIF TG_TABLE_NAME = 'app_user' THEN
    PERFORM pg_notify('zones_change', 'account ' || OLD.username);
    IF TG_OP = 'UPDATE' AND NEW.username <> OLD.username THEN
      PERFORM pg_notify('zones_change', 'account ' || NEW.username);
    END IF;
  ELSE
    PERFORM pg_notify('zones_change', 'account apikey:' || OLD.name);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER session_revoked_announce AFTER UPDATE OF revoked_at ON zones.app_session FOR EACH ROW
  WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
  EXECUTE FUNCTION zones.account_announced();
CREATE TRIGGER app_user_announce_update AFTER UPDATE ON zones.app_user FOR EACH ROW
  WHEN (to_jsonb(OLD) - 'last_sign_in_at' IS DISTINCT FROM to_jsonb(NEW) - 'last_sign_in_at')
  EXECUTE FUNCTION zones.account_announced();
CREATE TRIGGER app_user_announce_delete AFTER DELETE ON zones.app_user FOR EACH ROW
  EXECUTE FUNCTION zones.account_announced();
CREATE TRIGGER api_key_announce_update AFTER UPDATE ON zones.api_key FOR EACH ROW
  WHEN (to_jsonb(OLD) - 'last_used_at' IS DISTINCT FROM to_jsonb(NEW) - 'last_used_at')
  EXECUTE FUNCTION zones.account_announced();
CREATE TRIGGER api_key_announce_delete AFTER DELETE ON zones.api_key FOR EACH ROW
  EXECUTE FUNCTION zones.account_announced();
