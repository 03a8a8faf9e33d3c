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
        JOIN import_match a ON a.row = s.row AND a.action = 'add'
        LEFT JOIN import_unit_ref m ON m.ref = s.maintainer
        LEFT JOIN import_unit_ref o ON o.ref = s.owner
        LEFT JOIN zones.road r ON r.township_code = $1 AND r.code = s.road_code AND r.retired_at IS NULL
        ORDER BY s.row
        """;

    public override string MatchSql => """
        SELECT s.row, s.identifier, a.id FROM import_asset s
        LEFT JOIN zones.asset a ON a.township_code = $1 AND a.identifier = s.identifier
        """;

    // Units compare by code, so a unit named by its name in the file is "same" as its code in the database.
    protected override string DiffJoins => """
        LEFT JOIN zones.unit em ON em.id = e.maintainer_unit_id
        LEFT JOIN zones.unit eo ON eo.id = e.owner_unit_id
        LEFT JOIN zones.road er ON er.id = e.road_id
        LEFT JOIN import_unit_ref rm ON rm.ref = s.maintainer LEFT JOIN zones.unit am ON am.id = rm.id
        LEFT JOIN import_unit_ref ro ON ro.ref = s.owner LEFT JOIN zones.unit ao ON ao.id = ro.id
        """;

    // On the right of SET, t.status is still the old value: status_since restarts only on a change (as AssetEditor).
    protected override IReadOnlyList<Compared> Comparisons { get; } =
    [
        new("name", "e.name", "s.name", "name = s.name"),
        new("kind", "e.kind", "s.kind", "kind = s.kind"),
        new("subtype", "e.subtype", "s.subtype", "subtype = s.subtype", With: "kind"),
        new("class_code", "e.class_code", "s.class_code", "class_code = s.class_code"),
        new("status", "e.status", "s.status",
            "status_since = CASE WHEN t.status IS DISTINCT FROM s.status THEN now() ELSE t.status_since END, status = s.status"),
        new("maintainer", "em.code", "am.code", "maintainer_unit_id = mu.id"),
        new("owner", "eo.code", "ao.code", "owner_unit_id = ou.id"),
        new("road_code", "er.code", "s.road_code", "road_id = r.id"),
        new("install_date", "e.install_date", "s.install_date", "install_date = s.install_date"),
        new("attributes", "e.attributes", "coalesce(s.attributes::jsonb, '{}'::jsonb)", "attributes = coalesce(s.attributes::jsonb, '{}'::jsonb)"),
        new(TransferFields.Wkt, Wkt("e.geom"), Wkt("s.geom"), SetGeometry("geom", "s.geom"), Always: true),
    ];

    const string UpdateSql = """
        UPDATE zones.asset t SET {0}, version = t.version + 1, updated_at = now()
        FROM import_asset s
        JOIN import_match m ON m.row = s.row
        LEFT JOIN import_unit_ref mu ON mu.ref = s.maintainer
        LEFT JOIN import_unit_ref ou ON ou.ref = s.owner
        LEFT JOIN zones.road r ON r.township_code = $1 AND r.code = s.road_code AND r.retired_at IS NULL
        WHERE t.id = m.id AND m.action = 'change'
        """;
}
