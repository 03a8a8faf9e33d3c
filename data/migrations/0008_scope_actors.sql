-- 0008: every actor has a scope (issue #10 §1): one township, a county (all its townships), or
-- the whole installation. A user or key with a township_code belongs to that township; with only
-- a county_code to that county; with neither to the installation.
ALTER TABLE zones.app_user ADD COLUMN county_code text CHECK (county_code ~ '^[0-9]{6}$');
ALTER TABLE zones.app_user ADD CONSTRAINT app_user_one_scope CHECK (township_code IS NULL OR county_code IS NULL);
ALTER TABLE zones.api_key ADD COLUMN county_code text CHECK (county_code ~ '^[0-9]{6}$');
ALTER TABLE zones.api_key ADD CONSTRAINT api_key_one_scope CHECK (township_code IS NULL OR county_code IS NULL);

-- THE rule of who may act on a township (shared/DESIGN.md "One rule, one place"): the townships an
-- actor's scope covers. Writes are allowed inside it only; every interface asks this function.
CREATE FUNCTION zones.scope_townships(p_township text, p_county text) RETURNS SETOF text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT t.division_code FROM zones.township t
  WHERE CASE WHEN p_township IS NOT NULL THEN t.division_code = p_township
             WHEN p_county IS NOT NULL THEN t.county_code = p_county
             ELSE true END
$$;

-- THE rule of who may read a township: public townships for everyone (anonymous included), and the
-- actor's own scope when signed in. Every read path (GraphQL, OGC, tiles, export, Open311, search,
-- subscriptions) filters by this set.
CREATE FUNCTION zones.readable_townships(p_signed_in boolean, p_township text, p_county text) RETURNS SETOF text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT t.division_code FROM zones.township t WHERE t.is_public
  UNION
  SELECT s FROM zones.scope_townships(p_township, p_county) s WHERE p_signed_in
$$;
