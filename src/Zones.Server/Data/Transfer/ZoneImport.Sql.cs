namespace Zones.Server.Data.Transfer;

// The SQL of the zone import; $1 is the township code.
sealed partial class ZoneImport
{
    public override string StageSql => """
        CREATE TEMP TABLE import_zone (row integer, code text, name text, level text, parent_code text,
                                       status text, version integer, geom geometry) ON COMMIT DROP
        """;


    public override string[] ResolveSql => ["ANALYZE import_zone"];

    // A parent is a live zone of the township or a zone of the file, and sits higher in the tree.
    public override string ChecksSql => $"""
        WITH parent AS (
          SELECT code, level FROM import_zone
          UNION ALL
          SELECT code, level FROM zones.zone WHERE township_code = $1 AND valid_to IS NULL)
        SELECT s.row, 'parent_code', s.parent_code, 'parent_not_found', NULL FROM import_zone s
        WHERE s.parent_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM parent p WHERE p.code = s.parent_code)
        UNION ALL
        SELECT s.row, 'parent_code', s.parent_code, 'parent_level', min(p.level) FROM import_zone s
        JOIN parent p ON p.code = s.parent_code
        GROUP BY s.row, s.parent_code, s.level
        HAVING min(zones.level_rank(p.level)) >= zones.level_rank(s.level)
        UNION ALL
        {ZoneCodes.UnnumberedSql}
        UNION ALL
        {OutsideTownshipSql("import_zone", "zone", "s.level NOT IN ('county', 'township')")}
        ORDER BY 1
        """;

    public override string MatchSql => """
        SELECT s.row, s.code, z.id FROM import_zone s
        LEFT JOIN zones.zone z ON z.township_code = $1 AND z.code = s.code AND z.valid_to IS NULL
        """;

    public override string MatchChecksSql => """
        SELECT s.row, 'version', s.code, 'version_conflict', '版本 version ' || s.version || ' → ' || z.version
        FROM import_zone s JOIN import_match m ON m.row = s.row JOIN zones.zone z ON z.id = m.id
        WHERE s.version IS NOT NULL AND s.version <> z.version AND $1 IS NOT NULL
        ORDER BY 1
        """;

    protected override string DiffJoins => "LEFT JOIN zones.zone ep ON ep.id = e.parent_id";

    protected override IReadOnlyList<Compared> Comparisons { get; } =
    [
        new("name", "e.name", "s.name", "name = s.name"),
        new("level", "e.level", "s.level", "level = s.level"),
        new("parent_code", "ep.code", "s.parent_code", "parent_id = p.id"),
        new("status", "e.status", "s.status", "status = s.status"),
        new(TransferFields.Wkt, Wkt("e.geom"), Wkt("ST_Multi(s.geom)"), SetGeometry("geom", "ST_Multi(s.geom)"), Always: true),
    ];

    // One level at a time ($2), parents first, so parent_id resolves by code as rows go in.
    const string InsertLevelSql = """
        INSERT INTO zones.zone (township_code, parent_id, level, code, name, status, geom)
        SELECT $1, p.id, s.level, s.code, s.name, s.status, ST_Multi(s.geom)
        FROM import_zone s
        JOIN import_match m ON m.row = s.row AND m.action = 'add'
        LEFT JOIN zones.zone p ON p.township_code = $1 AND p.code = s.parent_code AND p.valid_to IS NULL
        WHERE s.level = $2
        ORDER BY s.row
        """;

    // After the inserts, so a changed zone may move under a zone of the same file. {0} = the SET list.
    const string UpdateSql = """
        UPDATE zones.zone t SET {0}
        FROM import_zone s
        JOIN import_match m ON m.row = s.row
        LEFT JOIN zones.zone p ON p.township_code = $1 AND p.code = s.parent_code AND p.valid_to IS NULL
        WHERE t.id = m.id AND m.action = 'change'
        """;
}
