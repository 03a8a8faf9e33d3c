namespace Zones.Server.Data.Complaints;

// The SQL of IntakeStore. $1, $2 are the report's lon/lat (WGS84) wherever a point is needed.
sealed partial class IntakeStore
{
    // The most specific published zone containing the point (group before village before area …).
    const string LocateSql = """
        SELECT z.id, z.township_code, z.name FROM zones.zone z
        WHERE z.valid_to IS NULL AND z.status = 'published'
          AND ST_Intersects(z.geom, ST_SetSRID(ST_MakePoint($1, $2), 4326))
        ORDER BY zones.level_rank(z.level) DESC, z.id
        LIMIT 1
        """;

    // KNN (<->) on the GiST index finds a few candidates in degrees; the geography distance ranks
    // them in metres, which is what the clerk is told. Nested zones share edges, so among equally
    // near zones the most specific one is named.
    const string NearestZoneSql = """
        SELECT name, d FROM (
          SELECT z.name, z.level, ST_Distance(z.geom::geography, pt.g::geography) AS d
          FROM zones.zone z, (SELECT ST_SetSRID(ST_MakePoint($1, $2), 4326) AS g) pt
          WHERE z.valid_to IS NULL AND z.status = 'published'
          ORDER BY z.geom <-> pt.g
          LIMIT 8) n
        ORDER BY round(d::numeric, 1), zones.level_rank(level) DESC
        LIMIT 1
        """;

    const string AssetExistsSql = """
        SELECT EXISTS (SELECT 1 FROM zones.asset WHERE id = $1 AND township_code = $2 AND retired_at IS NULL)
        """;

    // Both ST_DWithin (metres) and the KNN order (<->) run on geography, so the functional GiST
    // index asset_geog_idx (migration 0006) answers them without scanning the township's assets.
    const string NearestAssetSql = """
        SELECT a.id FROM zones.asset a, (SELECT ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography AS g) pt
        WHERE a.township_code = $3 AND a.kind = $4 AND a.retired_at IS NULL
          AND ST_DWithin(a.geom::geography, pt.g, $5)
        ORDER BY a.geom::geography <-> pt.g
        LIMIT 1
        """;

    // 首问负责 with 属地兜底: an asset with its own active primary owner answers for itself (depth −1);
    // otherwise the zone's active primary owner, else its parent's, up the tree. $3 = the report time.
    const string OwnerSql = """
        WITH RECURSIVE chain AS (
          SELECT id, parent_id, 0 AS depth FROM zones.zone WHERE id = $1
          UNION ALL
          SELECT z.id, z.parent_id, c.depth + 1 FROM zones.zone z JOIN chain c ON z.id = c.parent_id WHERE c.depth < 16
        )
        SELECT person_id, unit_id FROM (
          SELECT a.person_id, a.unit_id, -1 AS depth FROM zones.assignment a
          WHERE $2::bigint IS NOT NULL AND a.target_kind = 'asset' AND a.target_id = $2 AND a.is_primary
            AND a.valid_from <= $3 AND (a.valid_to IS NULL OR a.valid_to > $3)
          UNION ALL
          SELECT a.person_id, a.unit_id, c.depth FROM chain c
          JOIN zones.assignment a ON a.target_kind = 'zone' AND a.target_id = c.id AND a.is_primary
           AND a.valid_from <= $3 AND (a.valid_to IS NULL OR a.valid_to > $3)) o
        ORDER BY depth
        LIMIT 1
        """;

    // The daily serial per township. The counter row stays locked until the intake commits, so
    // concurrent intakes of one township take turns and never share a number. A new day's counter
    // starts after the highest serial already used that day (cases imported or loaded by the demo),
    // and greatest() keeps it ahead of such rows later too. $3 = yyyyMMdd.
    const string NextSerialSql = """
        INSERT INTO zones.case_counter AS cc (township_code, day, last_serial)
        SELECT $1, $2, 1 + coalesce(max(substr(case_number, 14)::integer), 0)
        FROM zones.complaint WHERE township_code = $1 AND substr(case_number, 6, 8) = $3
        ON CONFLICT (township_code, day)
        DO UPDATE SET last_serial = greatest(cc.last_serial, excluded.last_serial - 1) + 1
        RETURNING last_serial
        """;

    const string InsertSql = """
        INSERT INTO zones.complaint (township_code, case_number, geom, category_kind, category_code, source,
          description, address, urgency, asset_id, zone_id, first_responsible_person_id, first_responsible_unit_id,
          responsible_person_id, responsible_unit_id, stage, reported_at, stage_deadline, deadline, updated_at,
          reporter_name, reporter_phone, external_id, reporter_email, media_url)
        VALUES ($1, $2, ST_SetSRID(ST_MakePoint($3, $4), 4326), $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
                $13, $14, 'received', $15, $16, $17, $15, $18, $19, $20, $21, $22)
        RETURNING id
        """;
}
