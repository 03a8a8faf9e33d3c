-- 0030: the rate limits of the resident report page (issue #14 §1): reports per client address and per
-- phone number, status look-ups per address. Kept in the database, not in the server's memory, so several
-- server instances behind one load balancer share one count (issue #15 §1) and a restart forgets nothing.
--
-- No township_code: a limit is on a client address or a phone number across the whole installation,
-- before anyone knows which township the report will land in (like zones.sign_in_failure, 0011). Under
-- Citus it stays a local table of the coordinator; it joins nothing.
CREATE TABLE zones.report_attempt (
  subject text NOT NULL,             -- 'report:address:1.2.3.4', 'report:phone:13812345678', 'status:address:…'
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_attempt_subject_at_idx ON zones.report_attempt (subject, at);
-- The sweep of old rows (below) runs on this index instead of reading the table.
CREATE INDEX report_attempt_at_idx ON zones.report_attempt (at);

-- One attempt for every subject, if each is still under its limit within the window: returns NULL and records
-- the attempt (when p_record), or returns when every refused subject may try again (and records nothing).
-- Transaction-level advisory locks on the subjects, taken in sorted order (no deadlock between two requests
-- sharing a phone), make concurrent requests of one subject take turns on every instance, so two cannot both
-- slip under the limit. The lock and the recorded row end with the caller's transaction: called inside the
-- report's own transaction, a report that fails stores no attempt.
CREATE FUNCTION zones.report_attempt_take(p_subjects text[], p_limits integer[], p_window interval, p_record boolean)
RETURNS timestamptz LANGUAGE plpgsql AS $$
DECLARE
  s record;
  retry timestamptz;
BEGIN
  FOR s IN SELECT DISTINCT u.subject FROM unnest(p_subjects) AS u(subject) ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(hashtextextended('zones.report_attempt:' || s.subject, 0));
  END LOOP;
  DELETE FROM zones.report_attempt WHERE at < now() - greatest(p_window, interval '1 day');
  -- The limit-th newest attempt in the window: once it leaves the window, the subject is under its limit again.
  SELECT max(t.at + p_window) INTO retry
  FROM unnest(p_subjects, p_limits) AS u(subject, lim)
  CROSS JOIN LATERAL (
    SELECT a.at FROM zones.report_attempt a
    WHERE a.subject = u.subject AND a.at > now() - p_window
    ORDER BY a.at DESC OFFSET greatest(u.lim, 1) - 1 LIMIT 1) t;
  IF retry IS NOT NULL THEN
    RETURN retry;
  END IF;
  IF p_record THEN
    INSERT INTO zones.report_attempt (subject) SELECT DISTINCT unnest(p_subjects);
  END IF;
  RETURN NULL;
END $$;
