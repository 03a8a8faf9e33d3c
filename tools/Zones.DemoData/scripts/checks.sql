-- Checks run by PostGIS on a loaded township (psql variable :ref = the reference time).
\pset footer off
ANALYZE;
\echo '== invalid geometries (CHECKs already refuse them; expect 0 0 0)'
SELECT (SELECT count(*) FROM zones.zone WHERE NOT ST_IsValid(geom)) AS zones,
       (SELECT count(*) FROM zones.built_up_area WHERE NOT ST_IsValid(geom)) AS built_up,
       (SELECT count(*) FROM zones.road WHERE NOT ST_IsValid(geom)) AS roads;

\echo '== parents not tiled by their children (gap = parent minus union of children; expect only the planted gap)'
SELECT p.code, p.name, p.level,
       round(ST_Area(ST_Difference(p.geom, u.geom)::geography)::numeric, 1) AS gap_m2,
       round(ST_Area(ST_Difference(u.geom, p.geom)::geography)::numeric, 1) AS outside_m2
FROM zones.zone p
CROSS JOIN LATERAL (SELECT ST_Union(c.geom) AS geom FROM zones.zone c WHERE c.parent_id = p.id) u
WHERE u.geom IS NOT NULL AND NOT ST_Equals(p.geom, u.geom)
ORDER BY p.code;

\echo '== overlapping siblings (expect only the planted overlap)'
SELECT a.code, a.name, b.code, b.name, round(ST_Area(ST_Intersection(a.geom, b.geom)::geography)::numeric, 1) AS overlap_m2
FROM zones.zone a JOIN zones.zone b ON a.parent_id = b.parent_id AND a.id < b.id AND a.geom && b.geom
WHERE ST_Relate(a.geom, b.geom, 'T********');

\echo '== road segments meeting other than end to end (expect none)'
SELECT a.code, b.code, ST_AsText(ST_Intersection(a.geom, b.geom)) AS at
FROM zones.road a JOIN zones.road b ON a.id < b.id AND a.geom && b.geom
WHERE ST_Relate(a.geom, b.geom, 'T********') OR ST_Relate(a.geom, b.geom, '*T*******') OR ST_Relate(a.geom, b.geom, '***T*****');

\echo '== (a) segments > 50 m with no lamp within 25 m (geography)'
SELECT r.code, r.name, r.class, round(ST_Length(r.geom::geography)) AS length_m
FROM zones.road r
WHERE ST_Length(r.geom::geography) > 50
  AND NOT EXISTS (SELECT 1 FROM zones.asset a WHERE a.kind IN ('streetlight', 'landscape_light')
                  AND ST_DWithin(a.geom::geography, r.geom::geography, 25))
ORDER BY r.code;

\echo '== street lights whose road_code is not the nearest segment (expect none)'
SELECT count(*) AS mismatched FROM zones.asset a
CROSS JOIN LATERAL (SELECT r.id FROM zones.road r WHERE ST_DWithin(r.geom, a.geom, 0.001)
                    ORDER BY r.geom::geography <-> a.geom::geography, r.code LIMIT 1) n
WHERE a.kind = 'streetlight' AND a.road_id IS DISTINCT FROM n.id
  AND ST_Distance(a.geom::geography, (SELECT geom FROM zones.road WHERE id = a.road_id)::geography)
      > ST_Distance(a.geom::geography, (SELECT geom FROM zones.road WHERE id = n.id)::geography) + 0.05;

\echo '== toilets: dry inside the built-up area, without maintainer; villages without a toilet'
SELECT 'dry in built-up' AS finding, a.identifier, a.name FROM zones.asset a
WHERE a.kind = 'toilet' AND a.subtype = 'dry' AND EXISTS (SELECT 1 FROM zones.built_up_area b WHERE ST_Contains(b.geom, a.geom))
UNION ALL
SELECT 'no maintainer', a.identifier, a.name FROM zones.asset a WHERE a.kind = 'toilet' AND a.maintainer_unit_id IS NULL
UNION ALL
SELECT 'village without toilet', z.code, z.name FROM zones.zone z
WHERE z.level = 'village' AND NOT EXISTS (SELECT 1 FROM zones.asset a WHERE a.kind = 'toilet' AND ST_Contains(z.geom, a.geom));

\echo '== zones without an active primary owner at the reference time'
SELECT z.code, z.name, z.level FROM zones.zone z
WHERE NOT EXISTS (SELECT 1 FROM zones.assignment s WHERE s.zone_id = z.id AND s.is_primary
                  AND s.valid_from <= :'ref'::timestamptz AND (s.valid_to IS NULL OR s.valid_to > :'ref'::timestamptz));

\echo '== complaints: stages, open overdue, outside every village, events out of order or after the reference time'
SELECT stage, count(*) FROM zones.complaint GROUP BY stage ORDER BY stage;
SELECT (SELECT count(*) FROM zones.complaint WHERE stage NOT IN ('closed', 'voided') AND deadline < :'ref'::timestamptz) AS open_overdue,
       (SELECT count(*) FROM zones.complaint c WHERE NOT EXISTS
          (SELECT 1 FROM zones.zone z WHERE z.level = 'village' AND ST_Contains(z.geom, c.geom))) AS in_no_village,
       (SELECT count(*) FROM zones.complaint c WHERE NOT EXISTS
          (SELECT 1 FROM zones.zone z WHERE z.level = 'township' AND ST_Contains(z.geom, c.geom))) AS outside_township,
       (SELECT count(*) FROM (SELECT at < lag(at) OVER (PARTITION BY complaint_id ORDER BY id) AS back FROM zones.complaint_event) e WHERE back) AS events_back_in_time,
       (SELECT count(*) FROM zones.complaint_event WHERE at > :'ref'::timestamptz) AS events_after_ref,
       (SELECT count(*) FROM zones.complaint c
          JOIN (SELECT DISTINCT ON (complaint_id) complaint_id, to_stage FROM zones.complaint_event ORDER BY complaint_id, id DESC) l
            ON l.complaint_id = c.id
        WHERE c.stage <> l.to_stage) AS stage_not_last_event;

\echo '== toilet reach: built-up land per village beyond 300 m of every working toilet, parts >= 1000 m2 (expect only the planted hole)'
WITH built AS (SELECT ST_Union(geom) AS g FROM zones.built_up_area),
land AS (SELECT v.code, v.name, ST_CollectionExtract(ST_Intersection(v.geom, built.g), 3) AS g
         FROM zones.zone v CROSS JOIN built WHERE v.level = 'village' AND v.geom && built.g),
reach AS (SELECT ST_Union(ST_Buffer(geom::geography, 300, 'quad_segs=16')::geometry) AS g
          FROM zones.asset WHERE kind = 'toilet' AND status = 'good'),
parts AS (SELECT l.code, l.name, d.geom FROM land l CROSS JOIN reach
          CROSS JOIN LATERAL ST_Dump(ST_CollectionExtract(ST_Difference(l.g, reach.g), 3)) d)
SELECT p.code, p.name, round(ST_Area(p.geom::geography)) AS area_m2,
       round(ST_X(ST_Centroid(p.geom))::numeric, 7) AS lon, round(ST_Y(ST_Centroid(p.geom))::numeric, 7) AS lat,
       (SELECT string_agg(pl.name, '、') FROM zones.place pl
        WHERE pl.kind IN ('market', 'school', 'bus_stop', 'square', 'park') AND ST_Intersects(pl.geom, p.geom)) AS places
FROM parts p WHERE ST_Area(p.geom::geography) >= 1000 ORDER BY area_m2 DESC;

\echo '== collection points: dwellings farther than 120 m from every working collection point, 垃圾房 or transfer station (expect only the planted one)'
SELECT p.name, p.households, round(n.d) AS nearest_m
FROM zones.place p
CROSS JOIN LATERAL (SELECT ST_Distance(a.geom::geography, p.geom::geography) AS d FROM zones.asset a
                    WHERE a.kind IN ('collection_point', 'garbage_room', 'transfer_station') AND a.status = 'good'
                    ORDER BY a.geom::geography <-> p.geom::geography LIMIT 1) n
WHERE p.kind = 'dwelling' AND n.d > 120 ORDER BY p.name;

\echo '== street bins: stretches longer than the class spacing with no working bin within 30 m (arterial 100, secondary/branch 200, highway 400; expect only the planted one)'
WITH spacing(class, m) AS (VALUES ('arterial', 100.0), ('secondary', 200.0), ('branch', 200.0), ('highway', 400.0)),
seg AS (SELECT r.id, r.code, r.name, r.class, s.m, ST_Transform(r.geom, 4509 + round(ST_X(ST_StartPoint(r.geom)) / 3)::int) AS mg, r.geom
        FROM zones.road r JOIN spacing s ON s.class = r.class),
lim AS (SELECT s.id, ST_LineLocatePoint(s.mg, ST_Transform(a.geom, ST_SRID(s.mg))) AS f FROM seg s
        JOIN zones.asset a ON a.kind = 'bin' AND a.status = 'good' AND ST_DWithin(a.geom::geography, s.geom::geography, 30)
        UNION ALL SELECT id, 0 FROM seg UNION ALL SELECT id, 1 FROM seg),
st AS (SELECT id, lag(f) OVER (PARTITION BY id ORDER BY f) AS f0, f AS f1 FROM lim)
SELECT s.code, s.name, s.class, round(st.f0 * ST_Length(s.mg)) AS from_m, round(st.f1 * ST_Length(s.mg)) AS to_m,
       round((st.f1 - st.f0) * ST_Length(s.mg)) AS length_m, s.m AS spacing_m
FROM st JOIN seg s ON s.id = st.id
WHERE st.f0 IS NOT NULL AND (st.f1 - st.f0) * ST_Length(s.mg) > s.m ORDER BY s.code, from_m;
