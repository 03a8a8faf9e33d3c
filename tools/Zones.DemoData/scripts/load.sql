-- Loads the files of the township folder psql runs in (relative paths) into the zones schema.
-- A validation loader for the generator, not the server's loader: it resolves codes to ids with joins.
\set ON_ERROR_STOP 1
\set t `cat township.json`
\set zones_json `cat zones.geojson`
\set built_json `cat built_up.geojson`
\set roads_json `cat roads.geojson`
\set shops_json `cat shops.geojson`
\set places_json `cat places.geojson`
\set assets_json `cat assets.geojson`

BEGIN;
CREATE TEMP TABLE tj AS SELECT (:'t')::jsonb AS j;
INSERT INTO zones.township (division_code, county_code, name)
SELECT j->>'division_code', j->>'county_code', j->>'name' FROM tj;

CREATE TEMP TABLE f_zones AS SELECT f FROM jsonb_array_elements((:'zones_json')::jsonb->'features') f;
INSERT INTO zones.zone (township_code, level, code, name, status, geom)
SELECT (SELECT j->>'division_code' FROM tj), f->'properties'->>'level', f->'properties'->>'code', f->'properties'->>'name',
       f->'properties'->>'status', ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326)
FROM f_zones;
UPDATE zones.zone c SET parent_id = p.id
FROM f_zones f JOIN zones.zone p ON p.code = f.f->'properties'->>'parent_code'
WHERE c.code = f.f->'properties'->>'code';

INSERT INTO zones.built_up_area (township_code, name, geom)
SELECT (SELECT j->>'division_code' FROM tj), f->'properties'->>'name', ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326)
FROM jsonb_array_elements((:'built_json')::jsonb->'features') f;

INSERT INTO zones.road (township_code, code, name, class, geom)
SELECT (SELECT j->>'division_code' FROM tj), f->'properties'->>'code', f->'properties'->>'name', f->'properties'->>'class',
       ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326)
FROM jsonb_array_elements((:'roads_json')::jsonb->'features') f;

CREATE TEMP TABLE s_units (code text, name text, kind text, phone text, parent_code text);
\copy s_units FROM units.csv WITH (FORMAT csv, HEADER true)
INSERT INTO zones.unit (township_code, code, name, kind, phone)
SELECT (SELECT j->>'division_code' FROM tj), code, name, kind, phone FROM s_units;
UPDATE zones.unit u SET parent_id = p.id FROM s_units s JOIN zones.unit p ON p.code = s.parent_code WHERE u.code = s.code;

CREATE TEMP TABLE s_people (code text, name text, title text, phone text, unit_code text);
\copy s_people FROM people.csv WITH (FORMAT csv, HEADER true)
INSERT INTO zones.person (township_code, code, name, title, phone, unit_id)
SELECT (SELECT j->>'division_code' FROM tj), s.code, s.name, s.title, s.phone, u.id
FROM s_people s JOIN zones.unit u ON u.code = s.unit_code;

INSERT INTO zones.shop (township_code, code, name, address, keeper_name, phone, geom)
SELECT (SELECT j->>'division_code' FROM tj), p->>'code', p->>'name', p->>'address', p->>'keeper_name', p->>'phone',
       ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326)
FROM jsonb_array_elements((:'shops_json')::jsonb->'features') f, LATERAL (SELECT f->'properties' AS p) x;

INSERT INTO zones.place (township_code, kind, name, households, geom)
SELECT (SELECT j->>'division_code' FROM tj), p->>'kind', p->>'name', (p->>'households')::int,
       ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326)
FROM jsonb_array_elements((:'places_json')::jsonb->'features') f, LATERAL (SELECT f->'properties' AS p) x;

INSERT INTO zones.asset (township_code, kind, subtype, class_code, identifier, name, status, status_since,
                         maintainer_unit_id, owner_unit_id, road_id, install_date, attributes, geom)
SELECT (SELECT j->>'division_code' FROM tj), p->>'kind', p->>'subtype', p->>'class_code', p->>'identifier', p->>'name', p->>'status',
       coalesce((p->>'status_since')::timestamptz, (p->>'install_date')::timestamptz),
       m.id, o.id, r.id, (p->>'install_date')::date, p->'attributes', ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326)
FROM jsonb_array_elements((:'assets_json')::jsonb->'features') f
CROSS JOIN LATERAL (SELECT f->'properties' AS p) x
LEFT JOIN zones.unit m ON m.code = p->>'maintainer_unit_code'
LEFT JOIN zones.unit o ON o.code = p->>'owner_unit_code'
LEFT JOIN zones.road r ON r.code = p->>'road_code';

CREATE TEMP TABLE s_assign (target_kind text, target_code text, owner_kind text, owner_code text, role text,
                            is_primary boolean, valid_from timestamptz, valid_to timestamptz, note text);
\copy s_assign FROM assignments.csv WITH (FORMAT csv, HEADER true)
INSERT INTO zones.assignment (township_code, target_kind, zone_id, road_id, asset_id, shop_id, person_id, unit_id,
                              role, is_primary, valid_from, valid_to, note)
SELECT (SELECT j->>'division_code' FROM tj), s.target_kind, z.id, r.id, a.id, sh.id, p.id, u.id, s.role, s.is_primary,
       s.valid_from, s.valid_to, s.note
FROM s_assign s
LEFT JOIN zones.zone z ON s.target_kind = 'zone' AND z.code = s.target_code
LEFT JOIN zones.road r ON s.target_kind = 'road' AND r.code = s.target_code
LEFT JOIN zones.asset a ON s.target_kind = 'asset' AND a.identifier = s.target_code
LEFT JOIN zones.shop sh ON s.target_kind = 'shop' AND sh.code = s.target_code
LEFT JOIN zones.person p ON s.owner_kind = 'person' AND p.code = s.owner_code
LEFT JOIN zones.unit u ON s.owner_kind = 'unit' AND u.code = s.owner_code;

CREATE TEMP TABLE s_complaints (case_number text, lon float8, lat float8, category_kind text, category_code text, source text,
  description text, address text, urgency text, asset_identifier text, stage text, reported_at timestamptz, deadline timestamptz,
  disposed_at timestamptz, closed_at timestamptz, rework_count int, extension_count int, reporter_name text, reporter_phone text);
\copy s_complaints FROM complaints.csv WITH (FORMAT csv, HEADER true)
INSERT INTO zones.complaint (township_code, case_number, geom, category_kind, category_code, source, description, address,
  urgency, asset_id, stage, reported_at, deadline, disposed_at, closed_at, rework_count, extension_count, reporter_name, reporter_phone)
SELECT (SELECT j->>'division_code' FROM tj), case_number, ST_SetSRID(ST_MakePoint(lon, lat), 4326), category_kind, category_code,
  source, description, address, urgency, a.id, stage, reported_at, deadline, disposed_at, closed_at, rework_count, extension_count,
  reporter_name, reporter_phone
FROM s_complaints s LEFT JOIN zones.asset a ON a.identifier = s.asset_identifier;

CREATE TEMP TABLE s_events (case_number text, at timestamptz, action text, from_stage text, to_stage text, actor text, note text);
\copy s_events FROM complaint_events.csv WITH (FORMAT csv, HEADER true)
-- Ids follow the file order (the order of each case's history), which the checks rely on.
ALTER TABLE s_events ADD COLUMN n bigserial;
INSERT INTO zones.complaint_event (township_code, complaint_id, action, from_stage, to_stage, actor, note, at)
SELECT c.township_code, c.id, e.action, e.from_stage, e.to_stage, e.actor, e.note, e.at
FROM s_events e JOIN zones.complaint c ON c.case_number = e.case_number
ORDER BY e.n;
COMMIT;

SELECT 'loaded' AS what, (SELECT count(*) FROM zones.zone) zones, (SELECT count(*) FROM zones.road) roads,
       (SELECT count(*) FROM zones.unit) units, (SELECT count(*) FROM zones.person) people, (SELECT count(*) FROM zones.shop) shops,
       (SELECT count(*) FROM zones.place) places, (SELECT count(*) FROM zones.asset) assets,
       (SELECT count(*) FROM zones.assignment) assignments, (SELECT count(*) FROM zones.complaint) complaints,
       (SELECT count(*) FROM zones.complaint_event) events;
