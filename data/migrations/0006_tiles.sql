-- 0006: the gaps vector tiles cache each township's coverage gaps per data revision, read as the
-- newest audited change to anything but complaints (complaints move all day and feed no coverage
-- check). This partial index answers that max(id) with one backward index step.
CREATE INDEX audit_log_revision_idx ON zones.audit_log (township_code, id) WHERE table_name <> 'complaint';
