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
        SELECT t.code, t.name, t.level, p.code, t.status, t.township_code, ST_AsText(t.geom, 7), ST_AsGeoJSON(t.geom, 7)
        FROM zones.zone t LEFT JOIN zones.zone p ON p.id = t.parent_id
        WHERE t.valid_to IS NULL AND {Filter}
        ORDER BY t.township_code, zones.level_rank(t.level), t.code
        """;

    const string RoadsSql = $"""
        SELECT t.code, t.name, t.class, t.township_code, ST_AsText(t.geom, 7), ST_AsGeoJSON(t.geom, 7)
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
