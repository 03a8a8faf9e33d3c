namespace Zones.Server.Data.Ownership;

public sealed partial class OwnershipService
{
    // One assignment row with the names of its target and owner; Read() reads these columns.
    const string Columns = """
        a.id, a.township_code, a.target_kind, a.target_id, coalesce(z.name, r.name, s.name, s.identifier, h.name),
        CASE WHEN a.person_id IS NOT NULL THEN 'person' ELSE 'unit' END, coalesce(a.person_id, a.unit_id),
        coalesce(p.name, u.name), coalesce(p.phone, u.phone), a.role, a.is_primary, a.valid_from, a.valid_to, a.note
        """;

    const string Joins = """
        LEFT JOIN zones.zone z ON z.id = a.zone_id
        LEFT JOIN zones.road r ON r.id = a.road_id
        LEFT JOIN zones.asset s ON s.township_code = a.township_code AND s.id = a.asset_id
        LEFT JOIN zones.shop h ON h.id = a.shop_id
        LEFT JOIN zones.person p ON p.id = a.person_id
        LEFT JOIN zones.unit u ON u.id = a.unit_id
        """;

    const string SelectSql = $"SELECT {Columns} FROM zones.assignment a {Joins}";

    // "Active at $t": [valid_from, valid_to) contains t; null t means now.
    const string ActiveAt3 = "a.valid_from <= coalesce($3, now()) AND (a.valid_to IS NULL OR a.valid_to > coalesce($3, now()))";

    // The townships of the live target and of the live owner (NULL where either is missing).
    const string ResolveSql = """
        SELECT (SELECT township_code FROM zones.zone WHERE $1 = 'zone' AND id = $2 AND valid_to IS NULL
                UNION ALL SELECT township_code FROM zones.road WHERE $1 = 'road' AND id = $2 AND retired_at IS NULL
                UNION ALL SELECT township_code FROM zones.asset WHERE $1 = 'asset' AND id = $2 AND retired_at IS NULL
                UNION ALL SELECT township_code FROM zones.shop WHERE $1 = 'shop' AND id = $2 AND retired_at IS NULL),
               (SELECT township_code FROM zones.person WHERE $3 = 'person' AND id = $4 AND retired_at IS NULL
                UNION ALL SELECT township_code FROM zones.unit WHERE $3 = 'unit' AND id = $4 AND retired_at IS NULL)
        """;

    // The handover: the primary in force at $3 ends at $3. A primary that starts at or after $3
    // is left alone, so the insert that follows collides with it and says so.
    const string EndCurrentPrimarySql = """
        UPDATE zones.assignment SET valid_to = coalesce($3, now())
        WHERE target_kind = $1 AND target_id = $2 AND is_primary
          AND valid_from < coalesce($3, now()) AND (valid_to IS NULL OR valid_to > coalesce($3, now()))
        RETURNING id
        """;

    const string InsertSql = """
        INSERT INTO zones.assignment (township_code, target_kind, zone_id, road_id, asset_id, shop_id, person_id, unit_id,
                                      role, is_primary, valid_from, note)
        VALUES ($1, $2, CASE WHEN $2 = 'zone' THEN $3 END, CASE WHEN $2 = 'road' THEN $3 END,
                CASE WHEN $2 = 'asset' THEN $3 END, CASE WHEN $2 = 'shop' THEN $3 END,
                $4, $5, $6, $7, coalesce($8, now()), $9)
        RETURNING id
        """;

    const string ByIdsSql = $"{SelectSql} WHERE a.id = ANY($1) ORDER BY a.valid_from, a.id";

    const string PrimariesOverlappingSql = $"""
        {SelectSql}
        WHERE a.target_kind = $1 AND a.target_id = $2 AND a.is_primary
          AND tstzrange(a.valid_from, a.valid_to) && tstzrange(coalesce($3, now()), NULL)
        ORDER BY a.valid_from
        """;

    const string LockOneSql = "SELECT valid_from, valid_to, now(), township_code FROM zones.assignment WHERE id = $1 FOR UPDATE";

    const string EndSql = "UPDATE zones.assignment SET valid_to = $2 WHERE id = $1";

    const string ActiveSql = $"""
        {SelectSql}
        WHERE a.target_kind = $1 AND a.target_id = ANY($2) AND {ActiveAt3}
        ORDER BY a.target_id, a.is_primary DESC, a.valid_from, a.id
        """;

    const string HistorySql = $"{SelectSql} WHERE a.target_kind = $1 AND a.target_id = $2 ORDER BY a.valid_from, a.id";

    // OR of the two owner columns: each side can use its partial index (person_id / unit_id).
    const string ResponsibilitiesSql = $"""
        {SelectSql}
        WHERE (($1 = 'person' AND a.person_id = $2) OR ($1 = 'unit' AND a.unit_id = $2)) AND {ActiveAt3}
        ORDER BY a.target_kind, a.target_id, a.valid_from
        """;

    // 属地兜底 (zones.responsible_owner, migration 0010): each target's ($3 its kind) own primary owner
    // in force at $2 (not for zones), else its zone's, else the nearest published ancestor's.
    const string ResponsibleSql = $"""
        SELECT t.id, o.levels_up, {Columns}
        FROM unnest($1::bigint[]) t (id)
        CROSS JOIN LATERAL zones.responsible_owner($3, t.id, coalesce($2, now())) o
        JOIN zones.assignment a ON a.id = o.assignment_id
        {Joins}
        """;
}
