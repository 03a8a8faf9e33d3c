-- 0015 (issue #11 §3, §4): the 花名册, the units and the layers a county imports from its own files
-- are maintained by import (update, upsert) as the 台账 are, so their changes are audited too: who
-- changed which unit, person, shop, place or built-up area, before and after (geometry left out,
-- as for the other tables). CREATE OR REPLACE: another change of this issue may audit a table first
-- under the same <table>_audit name.
CREATE OR REPLACE TRIGGER unit_audit AFTER INSERT OR UPDATE OR DELETE ON zones.unit
  FOR EACH ROW EXECUTE FUNCTION zones.write_audit_log();
CREATE OR REPLACE TRIGGER person_audit AFTER INSERT OR UPDATE OR DELETE ON zones.person
  FOR EACH ROW EXECUTE FUNCTION zones.write_audit_log();
CREATE OR REPLACE TRIGGER shop_audit AFTER INSERT OR UPDATE OR DELETE ON zones.shop
  FOR EACH ROW EXECUTE FUNCTION zones.write_audit_log();
CREATE OR REPLACE TRIGGER place_audit AFTER INSERT OR UPDATE OR DELETE ON zones.place
  FOR EACH ROW EXECUTE FUNCTION zones.write_audit_log();
CREATE OR REPLACE TRIGGER built_up_area_audit AFTER INSERT OR UPDATE OR DELETE ON zones.built_up_area
  FOR EACH ROW EXECUTE FUNCTION zones.write_audit_log();
