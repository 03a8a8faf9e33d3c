-- 0024: rows that hang off a case (photos, folded reports, notifications, issue #14) reference it by
-- (township_code, id), not by id alone. A key that carries the township is what a table partitioned
-- by township (issue #15) or distributed by township (Citus) can still enforce, so these foreign
-- keys stay valid whatever the complaint table becomes.
ALTER TABLE zones.complaint ADD CONSTRAINT complaint_township_id_key UNIQUE (township_code, id);
