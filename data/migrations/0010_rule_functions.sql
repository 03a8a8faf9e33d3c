-- 0010: the domain rules every interface shares (issue #10 §3, shared/DESIGN.md "One rule, one
-- place"): which zone a point lies in, who answers for a zone, road, asset or shop at a time
-- (属地兜底), whether a case is open or overdue, and a category's row in force. GraphQL, OGC,
-- tiles, export, Open311, search, import, intake, the demo loader, heat maps and indicators all call
-- these instead of writing the rule again.
--
-- Planner notes. The complaint predicates are LANGUAGE sql IMMUTABLE one-expression bodies:
-- PostgreSQL inlines them into the calling query, so "zones.complaint_is_open(t.stage)" is planned
-- as "t.stage NOT IN ('closed', 'voided')", the predicate of the partial index
-- complaint_open_geom_idx (complaint tiles over a million cases); zones.open_stages() is folded
-- to a constant list the (township_code, stage, reported_at) index searches (heat maps). The table
-- functions are STABLE single-SELECT SQL functions, which PostgreSQL inlines into a FROM / LATERAL
-- like a view, so the GiST index on zone.geom and the (target_kind, target_id, valid_from) index on
-- assignment answer them. None is STRICT: a STRICT SQL function is not inlined.

-- The zone a point lies in: the most specific (deepest level) current published zone containing it,
-- the lowest id among equals (siblings that overlap by mistake), within p_township (NULL: any).
-- Routing uses today's zone tree even for an old report: zone ids survive edits (the old shapes move
-- to zone_history), and the owner is then judged at the report time (zone_owner).
CREATE FUNCTION zones.zone_at(p_township text, p_point geometry) RETURNS SETOF zones.zone
LANGUAGE sql STABLE PARALLEL SAFE ROWS 1 AS $$
  SELECT z.* FROM zones.zone z
  WHERE (p_township IS NULL OR z.township_code = p_township)
    AND z.valid_to IS NULL AND z.status = 'published'
    AND ST_Intersects(z.geom, p_point)
  ORDER BY zones.level_rank(z.level) DESC, z.id
  LIMIT 1
$$;

-- The primary assignment of one target in force at p_at (at most one: the exclusion constraint
-- assignment_one_primary_per_target). [valid_from, valid_to) contains p_at.
CREATE FUNCTION zones.primary_assignment(p_kind text, p_id bigint, p_at timestamptz) RETURNS SETOF zones.assignment
LANGUAGE sql STABLE PARALLEL SAFE ROWS 1 AS $$
  SELECT a.* FROM zones.assignment a
  WHERE a.target_kind = p_kind AND a.target_id = p_id AND a.is_primary
    AND a.valid_from <= p_at AND (a.valid_to IS NULL OR a.valid_to > p_at)
$$;

-- 属地兜底 up the tree: the primary owner at p_at of p_zone_id, else of its parent, and so on. Draft
-- zones are not in force, so their owners are passed over (the walk goes on to their parents). A
-- retired zone's assignments end when it retires, so for a time before that it still answers.
-- levels_up: 0 the zone itself, 1 its parent … (16 levels at most: the tree has five).
CREATE FUNCTION zones.zone_owner(p_zone_id bigint, p_at timestamptz)
RETURNS TABLE (assignment_id bigint, person_id bigint, unit_id bigint, source_kind text, source_id bigint, levels_up integer)
LANGUAGE sql STABLE PARALLEL SAFE ROWS 1 AS $$
  WITH RECURSIVE up AS (
    SELECT z.id, z.parent_id, z.status, 0 AS depth FROM zones.zone z WHERE z.id = p_zone_id
    UNION ALL
    SELECT z.id, z.parent_id, z.status, up.depth + 1 FROM up JOIN zones.zone z ON z.id = up.parent_id WHERE up.depth < 16
  )
  SELECT a.id, a.person_id, a.unit_id, a.target_kind, a.target_id, up.depth
  FROM up CROSS JOIN LATERAL zones.primary_assignment('zone', up.id, p_at) a
  WHERE up.status <> 'draft'
  ORDER BY up.depth
  LIMIT 1
$$;

-- Who answers for a target at p_at when the zone it lies in is p_zone_id: the target's own primary
-- owner (levels_up 0) — for a road, asset or shop — else the zone's, up the tree (levels_up 1, 2 …).
-- Complaints call it with their linked asset and the zone of the complaint's own point.
CREATE FUNCTION zones.owner_or_fallback(p_kind text, p_id bigint, p_zone_id bigint, p_at timestamptz)
RETURNS TABLE (assignment_id bigint, person_id bigint, unit_id bigint, source_kind text, source_id bigint, levels_up integer)
LANGUAGE sql STABLE PARALLEL SAFE ROWS 1 AS $$
  SELECT * FROM (
    SELECT a.id, a.person_id, a.unit_id, a.target_kind, a.target_id, 0
    FROM zones.primary_assignment(p_kind, p_id, p_at) a WHERE p_kind <> 'zone'
    UNION ALL
    SELECT o.assignment_id, o.person_id, o.unit_id, o.source_kind, o.source_id,
           o.levels_up + CASE WHEN p_kind = 'zone' THEN 0 ELSE 1 END
    FROM zones.zone_owner(p_zone_id, p_at) o
  ) x (assignment_id, person_id, unit_id, source_kind, source_id, levels_up)
  ORDER BY levels_up
  LIMIT 1
$$;

-- The zone a target lies in: a zone is its own; an asset or shop the zone at its point; a road the
-- zone at its midpoint (a segment runs between intersections, so it rarely crosses a zone edge).
CREATE FUNCTION zones.target_zone(p_kind text, p_id bigint) RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN p_kind = 'zone' THEN p_id ELSE (
    SELECT z.id FROM (
      SELECT township_code, geom FROM zones.asset WHERE p_kind = 'asset' AND id = p_id
      UNION ALL SELECT township_code, geom FROM zones.shop WHERE p_kind = 'shop' AND id = p_id
      UNION ALL SELECT township_code, ST_LineInterpolatePoint(geom, 0.5) FROM zones.road WHERE p_kind = 'road' AND id = p_id
    ) t CROSS JOIN LATERAL zones.zone_at(t.township_code, t.geom) z) END
$$;

-- THE responsible owner (属地兜底) of a zone, road, asset or shop at p_at: its own primary owner,
-- else the owner of the zone it lies in, up the tree (published zones only). source_kind/source_id
-- name the target whose assignment answers; no row when nobody answers up to the root.
CREATE FUNCTION zones.responsible_owner(p_kind text, p_id bigint, p_at timestamptz)
RETURNS TABLE (assignment_id bigint, person_id bigint, unit_id bigint, source_kind text, source_id bigint, levels_up integer)
LANGUAGE sql STABLE PARALLEL SAFE ROWS 1 AS $$
  SELECT * FROM zones.owner_or_fallback(p_kind, p_id, zones.target_zone(p_kind, p_id), p_at)
$$;

-- A case is open until 结案 or 作废; 挂账 (shelved) is still open (Open311 status "open"). Written as
-- complaint_open_geom_idx's predicate, so inlined it is that predicate: complaint tiles and overdue
-- lists read the partial index and nothing else.
CREATE FUNCTION zones.complaint_is_open(p_stage text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT p_stage NOT IN ('closed', 'voided')
$$;

-- The open stages as a list, for filters a btree should search: "stage = ANY(zones.open_stages())"
-- lets complaint_stage_idx (township_code, stage, reported_at) answer a heat map's default filter,
-- where "stage NOT IN (…)" made the planner AND a bitmap of every open case of the county instead
-- (136 ms against 5 ms for one township of a million cases). Immutable with no arguments, it is
-- evaluated once while planning and the plan holds the constant list.
CREATE FUNCTION zones.open_stages() RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_agg(s ORDER BY n)
  FROM unnest(ARRAY['received', 'registered', 'dispatched', 'disposing', 'feedback', 'verifying', 'closed',
                    'shelved', 'voided']) WITH ORDINALITY AS u (s, n)
  WHERE zones.complaint_is_open(s)
$$;

-- Overdue at p_at: open, not 挂账 (a shelved case waits in the problem bank instead of running late,
-- DOMAIN.md §1.6 "挂账 cases are excluded"), and its deadline — the overall one, which 延期 moves —
-- has passed. Stage deadlines (签收, 派遣 …) only drive the stage clocks shown on the case, not
-- "overdue". A case without a deadline is never overdue; the result is never NULL, so
-- "NOT overdue" keeps those cases.
CREATE FUNCTION zones.complaint_is_overdue(p_stage text, p_deadline timestamptz, p_at timestamptz) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT zones.complaint_is_open(p_stage) AND p_stage <> 'shelved' AND coalesce(p_deadline < p_at, false)
$$;

-- The category row in force for one case (name, time limit): the township's own row for a (kind,
-- code) wins over the shipped default (township_code NULL).
CREATE FUNCTION zones.category_of(p_township text, p_kind text, p_code text) RETURNS SETOF zones.complaint_category
LANGUAGE sql STABLE PARALLEL SAFE ROWS 1 AS $$
  SELECT c.* FROM zones.complaint_category c
  WHERE c.kind = p_kind AND c.code = p_code AND (c.township_code = p_township OR c.township_code IS NULL)
  ORDER BY c.township_code NULLS LAST
  LIMIT 1
$$;

-- Every category in force in a township (p_township NULL: the defaults), by kind and code.
CREATE FUNCTION zones.categories_in_force(p_township text) RETURNS SETOF zones.complaint_category
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT c.* FROM (SELECT DISTINCT kind, code FROM zones.complaint_category
                   WHERE township_code = p_township OR township_code IS NULL) k
  CROSS JOIN LATERAL zones.category_of(p_township, k.kind, k.code) c
  ORDER BY c.kind, c.code
$$;
