namespace Zones.Server.Data.Complaints;

// The SQL of IntakeStore. $1, $2 are the report's lon/lat (WGS84) wherever a point is needed.
sealed partial class IntakeStore
{
    // The zone the point lies in (zones.zone_at, migration 0010): import and the demo loader ask the same.
    const string LocateSql = """
        SELECT z.id, z.township_code, z.name FROM zones.zone_at(NULL, ST_SetSRID(ST_MakePoint($1, $2), 4326)) z
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

    // 首问负责 with 属地兜底 (zones.owner_or_fallback, migration 0010): the linked asset's own primary
    // owner, else the zone's, up the tree. $1 = zone, $2 = asset or NULL, $3 = the report time.
    const string OwnerSql = "SELECT person_id, unit_id FROM zones.owner_or_fallback('asset', $2, $1, $3)";

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
