-- 0021: shops and 门前三包 (issue #13 §6). A shop answers for the stretch of street in front of it
-- (门前三包: 包卫生、包秩序、包绿化/设施). The stretch, and which complaints fall within it, are rules
-- every interface shares (GraphQL, OGC API, tiles, print), so they live here once.

-- The shop's frontage width (门面宽度) in metres where it was surveyed; NULL means the default of
-- zones.shop_frontage_width_m.
ALTER TABLE zones.shop ADD COLUMN frontage_m double precision CHECK (frontage_m > 0 AND frontage_m <= 200);

-- The width a shop answers for along its road: its own frontage_m, else 10 m. Why 10 m: a street
-- shop of a township's 集镇 is two to three 开间 (bays) of 3.3–4.2 m wide, 7–12 m; 门前三包
-- 责任书 that name no length give the shop's 门面 as the stretch, so the middle of that range is
-- the default until the width is surveyed (set frontage_m, e.g. by the shops import or in SQL).
CREATE FUNCTION zones.shop_frontage_width_m(p_frontage_m double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(p_frontage_m, 10.0)
$$;

-- The 门前三包 stretch of a shop at p_point: on the nearest live road segment of its township within
-- 50 m (geodesic; ties by the lower road id), the piece of width zones.shop_frontage_width_m centred
-- on the shop's foot point (the point of the road nearest the shop). Where the foot lies within half
-- a width of the segment's end, the piece slides back along the segment so it keeps its width; a
-- segment shorter than the width gives all of itself. Cut in the metric frame of the shop
-- (zones.metric_srid, 0016: lengths there agree with the spheroid to 0.001 %), returned in EPSG:4326
-- with its geodesic length. No row when no road lies within 50 m.
-- The geography index road_geog_idx (0005) answers both the 50 m test and the nearest-first order.
CREATE FUNCTION zones.shop_frontage(p_township text, p_point geometry, p_frontage_m double precision)
RETURNS TABLE (road_id bigint, geom geometry, length_m double precision)
LANGUAGE sql STABLE PARALLEL SAFE ROWS 1 AS $$
  SELECT n.id, g.frontage, ST_Length(g.frontage::geography)
  FROM (
    SELECT r.id, ST_Transform(r.geom, zones.metric_srid(p_point)) AS line, ST_Transform(p_point, zones.metric_srid(p_point)) AS p
    FROM zones.road r
    WHERE r.township_code = p_township AND r.retired_at IS NULL
      AND ST_DWithin(r.geom::geography, p_point::geography, 50)
    ORDER BY r.geom::geography <-> p_point::geography, r.id
    LIMIT 1
  ) n
  CROSS JOIN LATERAL (SELECT ST_Length(n.line) AS len,
                             least(zones.shop_frontage_width_m(p_frontage_m), ST_Length(n.line)) AS width) l
  CROSS JOIN LATERAL (SELECT greatest(0.0, least(ST_LineLocatePoint(n.line, n.p) * l.len - l.width / 2, l.len - l.width)) AS start) s
  CROSS JOIN LATERAL (SELECT ST_Transform(ST_LineSubstring(n.line, s.start / l.len, least(1.0, (s.start + l.width) / l.len)), 4326)
                             AS frontage) g
  WHERE l.len > 0
$$;

-- Whether a complaint at p_point falls within a shop's 门前三包: within 15 m (geodesic) of its
-- frontage or of the shop itself — the pavement and kerb in front of the shop, and the shop's own
-- door where no road is near. The complaint_geog_idx (0005) answers it when p_point is the column.
CREATE FUNCTION zones.within_shop_frontage(p_point geometry, p_shop geometry, p_frontage geometry) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ST_DWithin(p_point::geography, coalesce(ST_Collect(p_shop, p_frontage), p_shop)::geography, 15)
$$;

-- Tiles of shops show the frontage too, which moves with the roads: a shops counter beside the
-- others (0019), bumped by shops and by roads.
ALTER TABLE zones.tile_revision ADD COLUMN shops bigint NOT NULL DEFAULT 0;

DO $$
DECLARE
  feeds constant text[][] := ARRAY[['shop', 'shop'], ['road', 'road_shops']];
  f text[];
BEGIN
  FOREACH f SLICE 1 IN ARRAY feeds LOOP
    EXECUTE format('CREATE TRIGGER %2$s_tile_revision_insert AFTER INSERT ON zones.%1$I REFERENCING NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION zones.bump_tile_revision(''shops'')', f[1], f[2]);
    EXECUTE format('CREATE TRIGGER %2$s_tile_revision_update AFTER UPDATE ON zones.%1$I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION zones.bump_tile_revision(''shops'')', f[1], f[2]);
    EXECUTE format('CREATE TRIGGER %2$s_tile_revision_delete AFTER DELETE ON zones.%1$I REFERENCING OLD TABLE AS old_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION zones.bump_tile_revision(''shops'')', f[1], f[2]);
  END LOOP;
END $$;

-- The shops search box matches names (SearchStore); the tile and list queries filter by township.
CREATE INDEX shop_township_idx ON zones.shop (township_code) WHERE retired_at IS NULL;
