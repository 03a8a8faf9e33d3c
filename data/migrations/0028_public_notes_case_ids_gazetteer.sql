-- 0028 (issue #14 §4): what the public may read of a case, the id the public knows it by, and the
-- names a report may give instead of coordinates. Written to run on the plain tables of 0024 and on
-- the tables 0025 partitions by township alike (ADD COLUMN, plain indexes, functions).

-- 公开答复: the answer a workflow step gives the reporter (Open311 status_notes, the resident status
-- page). The step's note stays internal; only this column is ever shown to the public.
ALTER TABLE zones.complaint_event ADD COLUMN public_note text
  CHECK (public_note IS NULL OR (btrim(public_note) <> '' AND char_length(public_note) <= 1000));

-- The public id of a case: a case number is unique per township only (two townships draw the same
-- daily serials), so the id given out (Open311 service_request_id, the resident receipt) carries the
-- whole 12-digit township code: 330522125000-E0102202612070001. Readable, and unique across the
-- installation (two counties never share a township code).
CREATE FUNCTION zones.public_case_id(township_code text, case_number text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT township_code || '-' || case_number
$$;

-- The inverse, in one place: the case a public id names among p_townships (the caller's readable
-- ones). A plain case number, as older hotline clients still send, names a case only when exactly
-- one of those townships has it; an ambiguous one names none. A full id is answered by the unique
-- (township_code, case_number) index, a plain number by complaint_case_number_idx below. Inlined
-- into the caller's query (single-SELECT STABLE SQL, not STRICT).
CREATE FUNCTION zones.case_by_public_id(p_public_id text, p_townships text[])
RETURNS TABLE (township_code text, complaint_id bigint, case_number text)
LANGUAGE sql STABLE PARALLEL SAFE ROWS 1 AS $$
  SELECT m.township_code, m.id, m.case_number FROM (
    SELECT c.township_code, c.id, c.case_number, count(*) OVER () AS n
    FROM zones.complaint c
    WHERE c.township_code = ANY(p_townships)
      AND c.case_number = CASE WHEN p_public_id ~ '^[0-9]{12}-' THEN substr(p_public_id, 14) ELSE p_public_id END
      AND (p_public_id !~ '^[0-9]{12}-' OR c.township_code = left(p_public_id, 12))
  ) m
  WHERE m.n = 1
$$;

CREATE INDEX complaint_case_number_idx ON zones.complaint (case_number);

-- The gazetteer an Open311 address_string is looked up in: the township's own roads, places, shops
-- and zones below the township, by name. text_pattern_ops answers both the equality probes (every
-- piece of the address against the names) and the prefix match (the address as the start of a name)
-- whatever the database's collation.
CREATE INDEX road_name_pattern_idx ON zones.road (township_code, name text_pattern_ops) WHERE retired_at IS NULL;
CREATE INDEX place_name_pattern_idx ON zones.place (township_code, name text_pattern_ops);
CREATE INDEX shop_name_pattern_idx ON zones.shop (township_code, name text_pattern_ops) WHERE retired_at IS NULL;
CREATE INDEX zone_name_pattern_idx ON zones.zone (township_code, name text_pattern_ops) WHERE valid_to IS NULL;

-- Names in p_townships that an address names, best first. An address like “西苑大道18号门口” holds a
-- name (西苑大道): every piece of 2–30 characters of its first 80 (spaces removed) is probed by
-- equality. A fragment like “西苑便民” starts a name (西苑便民超市): matched by prefix. Rank: the whole
-- address is the name, then the longest name the address holds, then the shortest name it starts;
-- among equals a shop or place before a road before a zone (the more specific spot). The point of a
-- road (segments of one name) is the point of the road nearest the middle of its extent, so it lies
-- on the road; a zone's is a point on its surface.
CREATE FUNCTION zones.gazetteer_match(p_townships text[], p_address text)
RETURNS TABLE (township_code text, kind text, name text, lon double precision, lat double precision, match_rank integer)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH a AS (SELECT left(regexp_replace(coalesce(p_address, ''), '\s+', '', 'g'), 80) AS t),
  -- The upper end of the names starting with a.t: text_pattern_ops compares bytes, and U+10FFFF
  -- sorts after every character that can follow (a range, not LIKE, so % and _ mean themselves).
  b AS (SELECT a.t, CASE WHEN length(a.t) >= 2 THEN a.t || chr(1114111) ELSE a.t END AS upto FROM a),
  parts AS (
    SELECT coalesce(array_agg(DISTINCT substr(a.t, i, n)), '{}') AS list
    FROM a, generate_series(1, length(a.t)) i, generate_series(2, 30) n
    WHERE i + n - 1 <= length(a.t)),
  hits AS (
    SELECT s.township_code, 0 AS kind_rank, 'shop' AS kind, s.name, s.geom
    FROM zones.shop s, parts, b
    WHERE s.township_code = ANY(p_townships) AND s.retired_at IS NULL
      AND (s.name = ANY(parts.list) OR (s.name ~>=~ b.t AND s.name ~<~ b.upto))
    UNION ALL
    SELECT p.township_code, 1, 'place', p.name, p.geom
    FROM zones.place p, parts, b
    WHERE p.township_code = ANY(p_townships)
      AND (p.name = ANY(parts.list) OR (p.name ~>=~ b.t AND p.name ~<~ b.upto))
    UNION ALL
    SELECT r.township_code, 2, 'road', r.name, ST_ClosestPoint(ST_Collect(r.geom), ST_Centroid(ST_Envelope(ST_Collect(r.geom))))
    FROM zones.road r, parts, b
    WHERE r.township_code = ANY(p_townships) AND r.retired_at IS NULL
      AND (r.name = ANY(parts.list) OR (r.name ~>=~ b.t AND r.name ~<~ b.upto))
    GROUP BY r.township_code, r.name
    UNION ALL
    SELECT z.township_code, 3, 'zone', z.name, ST_PointOnSurface(z.geom)
    FROM zones.zone z, parts, b
    WHERE z.township_code = ANY(p_townships) AND z.valid_to IS NULL AND z.status = 'published'
      AND z.level NOT IN ('county', 'township')
      AND (z.name = ANY(parts.list) OR (z.name ~>=~ b.t AND z.name ~<~ b.upto)))
  SELECT h.township_code, h.kind, h.name, ST_X(h.geom), ST_Y(h.geom),
         CASE WHEN h.name = a.t THEN 0 WHEN strpos(a.t, h.name) > 0 THEN 1 ELSE 2 END
  FROM hits h, a
  ORDER BY 6, CASE WHEN strpos(a.t, h.name) > 0 THEN -length(h.name) ELSE length(h.name) END, h.kind_rank, h.name, h.township_code
$$;
