namespace Zones.Server.Data.Inventory;

public sealed partial class AssetEditor
{
    const string Columns = """
        id, township_code, kind, subtype, class_code, identifier, name, status, status_since, maintainer_unit_id,
        owner_unit_id, road_id, install_date, attributes::text, geom, version, created_at, updated_at, retired_at
        """;

    // $2…$13 are the fields in the order of Values(); attributes left out (NULL) are {} on insert and kept on update.
    const string InsertSql = $"""
        INSERT INTO zones.asset (township_code, kind, subtype, class_code, identifier, name, status, maintainer_unit_id,
                                 owner_unit_id, road_id, install_date, attributes, geom)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, coalesce($12::jsonb, jsonb_build_object()), $13)
        RETURNING {Columns}
        """;

    // On the right of SET, "status" is still the old value: status_since restarts only on a change.
    const string UpdateSql = $"""
        UPDATE zones.asset
        SET kind = $2, subtype = $3, class_code = $4, identifier = $5, name = $6,
            status_since = CASE WHEN status IS DISTINCT FROM $7 THEN now() ELSE status_since END, status = $7,
            maintainer_unit_id = $8, owner_unit_id = $9, road_id = $10, install_date = $11, attributes = coalesce($12::jsonb, attributes),
            geom = $13, version = version + 1, updated_at = now()
        WHERE id = $1
        RETURNING {Columns}
        """;

    const string RetireSql = $"""
        UPDATE zones.asset SET retired_at = now(), version = version + 1, updated_at = now() WHERE id = $1 RETURNING {Columns}
        """;

    const string LockSql = """
        SELECT township_code, identifier, version, retired_at IS NOT NULL FROM zones.asset WHERE id = $1 FOR UPDATE
        """;

    // Which referenced row is missing: the township, a unit or the road (in service, same township).
    const string MissingReferenceSql = """
        SELECT CASE
          WHEN NOT EXISTS (SELECT 1 FROM zones.township WHERE division_code = $1) THEN 'townshipCode'
          WHEN $2::bigint IS NOT NULL AND NOT EXISTS (SELECT 1 FROM zones.unit
               WHERE id = $2 AND township_code = $1 AND retired_at IS NULL) THEN 'maintainerUnitId'
          WHEN $3::bigint IS NOT NULL AND NOT EXISTS (SELECT 1 FROM zones.unit
               WHERE id = $3 AND township_code = $1 AND retired_at IS NULL) THEN 'ownerUnitId'
          WHEN $4::bigint IS NOT NULL AND NOT EXISTS (SELECT 1 FROM zones.road
               WHERE id = $4 AND township_code = $1 AND retired_at IS NULL) THEN 'roadId'
        END
        """;
}
