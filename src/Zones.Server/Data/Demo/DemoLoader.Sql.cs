namespace Zones.Server.Data.Demo;

// The SQL of the demo loader. Every statement reads the temp staging tables filled by COPY and
// resolves codes to ids in the database. $1 is always the township code; the others are named
// in each statement's comment: "shift" = whole days added to every timestamp (so the demo's
// "last 90 days" stay the last 90 days), "since" = when zones, roads and units came into force.
sealed partial class DemoLoader
{
    const string StageSql = """
        CREATE TEMP TABLE stage_feature (file text NOT NULL, props jsonb NOT NULL, geom text NOT NULL) ON COMMIT DROP;
        CREATE TEMP TABLE stage_unit (code text, name text, kind text, phone text, parent_code text) ON COMMIT DROP;
        CREATE TEMP TABLE stage_person (code text, name text, title text, phone text, unit_code text) ON COMMIT DROP;
        CREATE TEMP TABLE stage_assignment (target_kind text, target_code text, owner_kind text, owner_code text,
          role text, is_primary boolean, valid_from timestamptz, valid_to timestamptz, note text) ON COMMIT DROP;
        CREATE TEMP TABLE stage_complaint (case_number text, lon float8, lat float8, category_kind text,
          category_code text, source text, description text, address text, urgency text, asset_identifier text,
          stage text, reported_at timestamptz, deadline timestamptz, disposed_at timestamptz, closed_at timestamptz,
          rework_count integer, extension_count integer, reporter_name text, reporter_phone text) ON COMMIT DROP;
        CREATE TEMP TABLE stage_event (case_number text, at timestamptz, action text, from_stage text,
          to_stage text, actor text, note text) ON COMMIT DROP;
        """;

    // The county's name (migration 0013) comes from township.json; a name someone gave already stays.
    const string CountySql = """
        INSERT INTO zones.county (code, name) VALUES ($1, $2)
        ON CONFLICT (code) DO UPDATE SET name = coalesce(zones.county.name, EXCLUDED.name)
        """;

    const string TownshipSql = "INSERT INTO zones.township (division_code, county_code, name) VALUES ($1, $2, $3)";

    const string ExistsSql = "SELECT EXISTS (SELECT 1 FROM zones.township WHERE division_code = $1)";

    // One level at a time, parents first, so parent_id resolves by code without a later UPDATE
    // (an UPDATE would archive a spurious version 1 of every zone).
    const string ZonesOfLevelSql = """
        INSERT INTO zones.zone (township_code, parent_id, level, code, name, status, geom, valid_from)
        SELECT $1, p.id, s.props->>'level', s.props->>'code', s.props->>'name',
               coalesce(s.props->>'status', 'published'), ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(s.geom), 4326)), $2
        FROM stage_feature s
        LEFT JOIN zones.zone p ON p.township_code = $1 AND p.code = s.props->>'parent_code' AND p.valid_to IS NULL
        WHERE s.file = 'zones' AND s.props->>'level' = $3
        ORDER BY s.props->>'code'
        """;

    const string BuiltUpSql = """
        INSERT INTO zones.built_up_area (township_code, name, geom)
        SELECT $1, s.props->>'name', ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(s.geom), 4326))
        FROM stage_feature s WHERE s.file = 'built_up'
        """;

    const string RoadsSql = """
        INSERT INTO zones.road (township_code, code, name, class, geom, created_at, updated_at)
        SELECT $1, s.props->>'code', s.props->>'name', s.props->>'class',
               ST_SetSRID(ST_GeomFromGeoJSON(s.geom), 4326), $2, $2
        FROM stage_feature s WHERE s.file = 'roads' ORDER BY s.props->>'code'
        """;

    const string UnitsSql = """
        INSERT INTO zones.unit (township_code, code, name, kind, phone, created_at)
        SELECT $1, code, name, kind, phone, $2 FROM stage_unit ORDER BY code
        """;

    const string UnitParentsSql = """
        UPDATE zones.unit u SET parent_id = p.id
        FROM stage_unit s JOIN zones.unit p ON p.township_code = $1 AND p.code = s.parent_code
        WHERE u.township_code = $1 AND u.code = s.code
        """;

    const string PeopleSql = """
        INSERT INTO zones.person (township_code, code, name, title, phone, unit_id, created_at)
        SELECT $1, s.code, s.name, s.title, s.phone, u.id, $2
        FROM stage_person s LEFT JOIN zones.unit u ON u.township_code = $1 AND u.code = s.unit_code
        ORDER BY s.code
        """;

    const string ShopsSql = """
        INSERT INTO zones.shop (township_code, code, name, address, keeper_name, phone, geom, created_at)
        SELECT $1, s.props->>'code', s.props->>'name', s.props->>'address', s.props->>'keeper_name',
               s.props->>'phone', ST_SetSRID(ST_GeomFromGeoJSON(s.geom), 4326), $2
        FROM stage_feature s WHERE s.file = 'shops' ORDER BY s.props->>'code'
        """;

    const string PlacesSql = """
        INSERT INTO zones.place (township_code, kind, name, households, geom)
        SELECT $1, s.props->>'kind', s.props->>'name', (s.props->>'households')::integer,
               ST_SetSRID(ST_GeomFromGeoJSON(s.geom), 4326)
        FROM stage_feature s WHERE s.file = 'places'
        """;

    const string AssetsSql = """
        INSERT INTO zones.asset (township_code, kind, subtype, class_code, identifier, name, status, status_since,
                                 maintainer_unit_id, owner_unit_id, road_id, install_date, attributes, geom,
                                 created_at, updated_at)
        SELECT $1, s.props->>'kind', s.props->>'subtype', s.props->>'class_code', s.props->>'identifier',
               s.props->>'name', s.props->>'status',
               coalesce((s.props->>'status_since')::timestamptz + make_interval(days => $2), $3),
               m.id, o.id, r.id, (s.props->>'install_date')::date,
               coalesce(nullif(s.props->'attributes', 'null'::jsonb), '{}'::jsonb),
               ST_SetSRID(ST_GeomFromGeoJSON(s.geom), 4326), $3, $3
        FROM stage_feature s
        LEFT JOIN zones.unit m ON m.township_code = $1 AND m.code = s.props->>'maintainer_unit_code'
        LEFT JOIN zones.unit o ON o.township_code = $1 AND o.code = s.props->>'owner_unit_code'
        LEFT JOIN zones.road r ON r.township_code = $1 AND r.code = s.props->>'road_code'
        WHERE s.file = 'assets' ORDER BY s.props->>'identifier'
        """;

    const string AssignmentsSql = """
        INSERT INTO zones.assignment (township_code, target_kind, zone_id, road_id, asset_id, shop_id,
                                      person_id, unit_id, role, is_primary, valid_from, valid_to, note)
        SELECT $1, s.target_kind, z.id, r.id, a.id, sh.id, p.id, u.id, s.role, s.is_primary,
               s.valid_from + make_interval(days => $2), s.valid_to + make_interval(days => $2), s.note
        FROM stage_assignment s
        LEFT JOIN zones.zone z  ON s.target_kind = 'zone' AND z.township_code = $1 AND z.code = s.target_code AND z.valid_to IS NULL
        LEFT JOIN zones.road r  ON s.target_kind = 'road' AND r.township_code = $1 AND r.code = s.target_code
        LEFT JOIN zones.asset a ON s.target_kind = 'asset' AND a.township_code = $1 AND a.identifier = s.target_code
        LEFT JOIN zones.shop sh ON s.target_kind = 'shop' AND sh.township_code = $1 AND sh.code = s.target_code
        LEFT JOIN zones.person p ON s.owner_kind = 'person' AND p.township_code = $1 AND p.code = s.owner_code
        LEFT JOIN zones.unit u   ON s.owner_kind = 'unit' AND u.township_code = $1 AND u.code = s.owner_code
        ORDER BY s.valid_from
        """;

    // Zone and first responsible party as at intake and import (migration 0010): the zone the point
    // lies in, and the asset's own primary owner when the case was reported, else the zone's, up
    // the tree (属地兜底: an unowned village falls back to its 片区, then the township).
    const string ComplaintsSql = """
        INSERT INTO zones.complaint (township_code, case_number, geom, category_kind, category_code, source,
          description, address, urgency, asset_id, zone_id, first_responsible_person_id, first_responsible_unit_id,
          responsible_person_id, responsible_unit_id, stage, reported_at, deadline, disposed_at, closed_at,
          updated_at, rework_count, extension_count, reporter_name, reporter_phone)
        SELECT $1, s.case_number, pt.g, s.category_kind, s.category_code, s.source, s.description, s.address,
               coalesce(s.urgency, 'normal'), a.id, z.id, o.person_id, o.unit_id, o.person_id, o.unit_id, s.stage,
               s.reported_at + shift.d, s.deadline + shift.d, s.disposed_at + shift.d, s.closed_at + shift.d,
               greatest(s.reported_at, s.closed_at, s.disposed_at) + shift.d,
               coalesce(s.rework_count, 0), coalesce(s.extension_count, 0), s.reporter_name, s.reporter_phone
        FROM stage_complaint s
        CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(s.lon, s.lat), 4326) AS g) pt
        CROSS JOIN LATERAL (SELECT make_interval(days => $2) AS d) shift
        LEFT JOIN zones.asset a ON a.township_code = $1 AND a.identifier = s.asset_identifier
        LEFT JOIN LATERAL zones.zone_at($1, pt.g) z ON true
        LEFT JOIN LATERAL zones.owner_or_fallback('asset', a.id, z.id, s.reported_at + shift.d) o ON true
        ORDER BY s.reported_at, s.case_number
        """;

    const string EventsSql = """
        INSERT INTO zones.complaint_event (township_code, complaint_id, action, from_stage, to_stage, actor, note, at)
        SELECT $1, c.id, s.action, s.from_stage, s.to_stage, s.actor, s.note, s.at + make_interval(days => $2)
        FROM stage_event s JOIN zones.complaint c ON c.township_code = $1 AND c.case_number = s.case_number
        ORDER BY s.at
        """;

    // References that would not resolve, named so the person fixing the files knows where to look.
    const string BrokenReferencesSql = """
        SELECT format('assignments.csv: %s %s not found', target_kind, target_code) FROM stage_assignment s
        WHERE NOT EXISTS (SELECT 1 FROM zones.zone z WHERE s.target_kind = 'zone' AND z.township_code = $1 AND z.code = s.target_code)
          AND NOT EXISTS (SELECT 1 FROM zones.road r WHERE s.target_kind = 'road' AND r.township_code = $1 AND r.code = s.target_code)
          AND NOT EXISTS (SELECT 1 FROM zones.asset a WHERE s.target_kind = 'asset' AND a.township_code = $1 AND a.identifier = s.target_code)
          AND NOT EXISTS (SELECT 1 FROM zones.shop h WHERE s.target_kind = 'shop' AND h.township_code = $1 AND h.code = s.target_code)
        UNION ALL
        SELECT format('assignments.csv: %s %s not found', owner_kind, owner_code) FROM stage_assignment s
        WHERE NOT EXISTS (SELECT 1 FROM zones.person p WHERE s.owner_kind = 'person' AND p.township_code = $1 AND p.code = s.owner_code)
          AND NOT EXISTS (SELECT 1 FROM zones.unit u WHERE s.owner_kind = 'unit' AND u.township_code = $1 AND u.code = s.owner_code)
        UNION ALL
        SELECT format('zones.geojson: parent %s of zone %s not found', props->>'parent_code', props->>'code')
        FROM stage_feature s WHERE file = 'zones' AND props->>'parent_code' IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM stage_feature p WHERE p.file = 'zones' AND p.props->>'code' = s.props->>'parent_code')
        UNION ALL
        SELECT format('complaints.csv: asset %s of case %s not found', asset_identifier, case_number) FROM stage_complaint s
        WHERE asset_identifier IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM stage_feature a WHERE a.file = 'assets' AND a.props->>'identifier' = s.asset_identifier)
        LIMIT 20
        """;
}
