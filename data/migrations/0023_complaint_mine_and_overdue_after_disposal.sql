-- 0023 (issue #13 §F): whose cases are "mine", and overdue judged at the disposal.
--
-- Overdue. The case deadline is the 处置时限 (DOMAIN.md §1.5/§1.7): the disposing unit must feed back
-- (处置反馈, disposed_at) before it. A case fed back on time then waits for 核查 and 结案 on the
-- supervisors' own stage clock (核查 1 工作日), and is not late — under 0010's rule it turned red
-- the moment the deadline passed while it sat in 核查 (issue #13: "a case handled on time and waiting
-- for 核查 shows a red 已超期"). So: open, not 挂账, and the deadline passed before the disposal was
-- fed back — or, not fed back yet, before p_at (egova's 超期未处置). A case fed back late stays overdue
-- until it is closed. 返工 and 回退 to 派遣/处置 clear disposed_at (ComplaintChange), so a reworked case
-- runs against its deadline again. The 3-argument form is dropped, not kept beside: a caller still
-- passing (stage, deadline, at) must fail loudly rather than disagree with this rule.
DROP FUNCTION zones.complaint_is_overdue(text, timestamptz, timestamptz);

-- least() ignores NULL: without a disposal the clock is p_at. Never NULL (a case without a deadline
-- is never overdue), so "NOT overdue" keeps those cases. One inlinable expression, like 0010's.
CREATE FUNCTION zones.complaint_is_overdue(p_stage text, p_deadline timestamptz, p_disposed_at timestamptz, p_at timestamptz)
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT zones.complaint_is_open(p_stage) AND p_stage <> 'shelved'
         AND coalesce(p_deadline < least(p_disposed_at, p_at), false)
$$;

-- Mine. The cases a signed-in account answers for now: its person is the case's responsible person,
-- or its unit the responsible unit — exactly whom ComplaintPermissions.MayChange lets act on a case,
-- so "my cases" are the cases I may take a step on. The result is NULL when the account has neither
-- (an admin) or the case has neither: callers test "IS TRUE" for the negation. Written as a plain OR
-- of two equalities so, inlined, PostgreSQL answers it with a BitmapOr of the two indexes below
-- instead of reading every case of the township.
CREATE FUNCTION zones.complaint_is_mine(p_responsible_person_id bigint, p_responsible_unit_id bigint,
                                        p_person_id bigint, p_unit_id bigint) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT p_responsible_person_id = p_person_id OR p_responsible_unit_id = p_unit_id
$$;

CREATE INDEX complaint_responsible_person_idx ON zones.complaint (responsible_person_id) WHERE responsible_person_id IS NOT NULL;
CREATE INDEX complaint_responsible_unit_idx ON zones.complaint (responsible_unit_id) WHERE responsible_unit_id IS NOT NULL;
