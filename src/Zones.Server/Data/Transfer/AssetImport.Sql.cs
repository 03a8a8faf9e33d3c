namespace Zones.Server.Data.Transfer;

// The SQL of the asset import; $1 is the township code.
sealed partial class AssetImport
{
    public override string StageSql => """
        CREATE TEMP TABLE import_asset (row integer, identifier text, kind text, subtype text, class_code text,
          name text, status text, maintainer text, owner text, road_code text, install_date date,
          attributes text, geom geometry) ON COMMIT DROP;
        CREATE TEMP TABLE import_unit_ref (ref text PRIMARY KEY, id bigint, matches integer) ON COMMIT DROP;
        """;


    // Each unit named in the file is resolved once: by code, else by a name only one live unit has.
    public override string[] ResolveSql =>
    [
        "ANALYZE import_asset",
        """
        INSERT INTO import_unit_ref (ref, id, matches)
        SELECT r.ref, coalesce(c.id, CASE WHEN n.count = 1 THEN n.id END), CASE WHEN c.id IS NULL THEN n.count ELSE 1 END
        FROM (SELECT maintainer FROM import_asset UNION SELECT owner FROM import_asset) r (ref)
        LEFT JOIN zones.unit c ON c.township_code = $1 AND c.code = r.ref AND c.retired_at IS NULL
        CROSS JOIN LATERAL (SELECT count(*)::integer AS count, min(u.id) AS id FROM zones.unit u
                            WHERE u.township_code = $1 AND u.name = r.ref AND u.retired_at IS NULL) n
        WHERE r.ref IS NOT NULL
        """,
    ];

    public override string ChecksSql => $"""
        SELECT s.row, 'identifier', s.identifier, 'duplicate', NULL FROM import_asset s
        WHERE EXISTS (SELECT 1 FROM zones.asset a WHERE a.township_code = $1 AND a.identifier = s.identifier)
        UNION ALL
        SELECT s.row, f.field, u.ref, CASE WHEN u.matches > 1 THEN 'unit_ambiguous' ELSE 'unit_not_found' END,
               u.matches::text
        FROM import_asset s
        CROSS JOIN LATERAL (VALUES ('maintainer', s.maintainer), ('owner', s.owner)) f (field, ref)
        JOIN import_unit_ref u ON u.ref = f.ref
        WHERE u.id IS NULL
        UNION ALL
        SELECT s.row, 'road_code', s.road_code, 'road_not_found', NULL FROM import_asset s
        WHERE s.road_code IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM zones.road r WHERE r.township_code = $1 AND r.code = s.road_code AND r.retired_at IS NULL)
        UNION ALL
        {OutsideTownshipSql("import_asset", "asset")}
        ORDER BY 1
        """;

    const string InsertSql = """
        INSERT INTO zones.asset (township_code, kind, subtype, class_code, identifier, name, status,
                                 maintainer_unit_id, owner_unit_id, road_id, install_date, attributes, geom)
        SELECT $1, s.kind, s.subtype, s.class_code, s.identifier, s.name, s.status, m.id, o.id, r.id,
               s.install_date, coalesce(s.attributes::jsonb, '{}'::jsonb), s.geom
        FROM import_asset s
        LEFT JOIN import_unit_ref m ON m.ref = s.maintainer
        LEFT JOIN import_unit_ref o ON o.ref = s.owner
        LEFT JOIN zones.road r ON r.township_code = $1 AND r.code = s.road_code AND r.retired_at IS NULL
        ORDER BY s.row
        """;
}
