namespace Zones.Server.Data.Transfer;

// The SQL of the export. Each statement returns the columns of TransferFields for its target in
// order (lon/lat for points, WKT otherwise), then the geometry as GeoJSON. $1 = township code or
// NULL, $2..$5 = box (min lon, min lat, max lon, max lat) or NULLs, $6 = the caller's readable
// townships (RequestAccess) or NULL for the command line. Times are China time
// (UTC+8) without an offset, the way Excel shows them and the importer reads them.
sealed partial class Exporter
{
    // The envelope is built in the column's SRID (4326) so ST_Intersects can use the GiST index.
    const string Filter = """
        ($1::text IS NULL OR t.township_code = $1)
          AND ($2::float8 IS NULL OR ST_Intersects(t.geom, ST_MakeEnvelope($2, $3, $4, $5, 4326)))
          AND ($6::text[] IS NULL OR t.township_code = ANY($6))
        """;

    const string ZonesSql = $"""
        SELECT t.code, t.name, t.level, p.code, t.status, t.version, t.township_code, ST_AsText(t.geom, 7), ST_AsGeoJSON(t.geom, 7)
        FROM zones.zone t LEFT JOIN zones.zone p ON p.id = t.parent_id
        WHERE t.valid_to IS NULL AND {Filter}
        ORDER BY t.township_code, zones.level_rank(t.level), t.code
        """;

    const string RoadsSql = $"""
        SELECT t.code, t.name, t.class, round(t.length_m::numeric, 2), t.township_code, ST_AsText(t.geom, 7), ST_AsGeoJSON(t.geom, 7)
        FROM zones.road t
        WHERE t.retired_at IS NULL AND {Filter}
        ORDER BY t.township_code, t.code
        """;

    const string AssetsSql = $"""
        SELECT t.identifier, t.name, t.kind, t.subtype, t.class_code, t.status, m.code, m.name, o.code, o.name, r.code,
               t.install_date::text, nullif(t.attributes, jsonb_build_object())::text, t.township_code,
               ST_X(t.geom), ST_Y(t.geom), ST_AsGeoJSON(t.geom, 7)
        FROM zones.asset t
        LEFT JOIN zones.unit m ON m.id = t.maintainer_unit_id
        LEFT JOIN zones.unit o ON o.id = t.owner_unit_id
        LEFT JOIN zones.road r ON r.id = t.road_id
        WHERE t.retired_at IS NULL AND {Filter}
        ORDER BY t.township_code, t.identifier
        """;

    const string BuiltUpAreasSql = $"""
        SELECT t.name, t.township_code, ST_AsText(t.geom, 7), ST_AsGeoJSON(t.geom, 7)
        FROM zones.built_up_area t
        WHERE {Filter}
        ORDER BY t.township_code, t.name, t.id
        """;

    // Without geometry: the box never matches them, and the GeoJSON features have "geometry": null.
    const string NoBox = "$2::float8 IS NULL AND $3::float8 IS NULL AND $4::float8 IS NULL AND $5::float8 IS NULL";

    const string UnitsSql = $"""
        SELECT t.code, t.name, t.kind, t.phone, p.code, p.name, t.township_code, NULL::text
        FROM zones.unit t LEFT JOIN zones.unit p ON p.id = t.parent_id
        WHERE t.retired_at IS NULL AND ($1::text IS NULL OR t.township_code = $1)
          AND ($6::text[] IS NULL OR t.township_code = ANY($6)) AND {NoBox}
        ORDER BY t.township_code, t.code
        """;

    const string PeopleSql = $"""
        SELECT t.code, t.name, t.title, t.phone, u.code, u.name, t.township_code, NULL::text
        FROM zones.person t LEFT JOIN zones.unit u ON u.id = t.unit_id
        WHERE t.retired_at IS NULL AND ($1::text IS NULL OR t.township_code = $1)
          AND ($6::text[] IS NULL OR t.township_code = ANY($6)) AND {NoBox}
        ORDER BY t.township_code, t.code
        """;

    // The 包联表 as it stands: assignments not ended. Dates are China dates, as the importer reads them.
    const string AssignmentsSql = $"""
        SELECT t.target_kind, g.code, g.name, p.code, p.name, coalesce(u.code, pu.code), coalesce(u.name, pu.name), t.role,
               t.is_primary::text, to_char(t.valid_from AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'),
               to_char(t.valid_to AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'), t.note, t.township_code, NULL::text
        FROM zones.assignment t
        LEFT JOIN zones.person p ON p.id = t.person_id
        LEFT JOIN zones.unit pu ON pu.id = p.unit_id
        LEFT JOIN zones.unit u ON u.id = t.unit_id
        CROSS JOIN LATERAL (
          SELECT z.code, z.name FROM zones.zone z WHERE z.id = t.zone_id
          UNION ALL SELECT r.code, r.name FROM zones.road r WHERE r.id = t.road_id
          UNION ALL SELECT a.identifier, a.name FROM zones.asset a WHERE a.id = t.asset_id
          UNION ALL SELECT s.code, s.name FROM zones.shop s WHERE s.id = t.shop_id) g
        WHERE (t.valid_to IS NULL OR t.valid_to > now()) AND ($1::text IS NULL OR t.township_code = $1)
          AND ($6::text[] IS NULL OR t.township_code = ANY($6)) AND {NoBox}
        ORDER BY t.township_code, t.target_kind, g.code, t.is_primary DESC, t.valid_from, t.id
        """;

    const string ShopsSql = $"""
        SELECT t.code, t.name, t.address, t.keeper_name, t.phone, t.township_code, ST_X(t.geom), ST_Y(t.geom), ST_AsGeoJSON(t.geom, 7)
        FROM zones.shop t
        WHERE t.retired_at IS NULL AND {Filter}
        ORDER BY t.township_code, t.code
        """;

    const string PlacesSql = $"""
        SELECT t.kind, t.name, t.households, t.township_code, ST_X(t.geom), ST_Y(t.geom), ST_AsGeoJSON(t.geom, 7)
        FROM zones.place t
        WHERE {Filter}
        ORDER BY t.township_code, t.kind, t.name, t.id
        """;

    const string ComplaintsSql = $"""
        SELECT t.case_number, t.category_kind, t.category_code, cat.name, t.source, t.stage, t.urgency, t.description,
               t.address, a.identifier,
               to_char(t.reported_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS'),
               to_char(t.deadline AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS'),
               to_char(t.closed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS'),
               t.reporter_name, t.reporter_phone, t.external_id, z.code, t.township_code,
               ST_X(t.geom), ST_Y(t.geom), ST_AsGeoJSON(t.geom, 7)
        FROM zones.complaint t
        LEFT JOIN zones.asset a ON a.id = t.asset_id
        LEFT JOIN zones.zone z ON z.id = t.zone_id
        LEFT JOIN LATERAL zones.category_of(t.township_code, t.category_kind, t.category_code) cat ON true
        WHERE {Filter}
        ORDER BY t.township_code, t.reported_at, t.case_number
        """;
}
