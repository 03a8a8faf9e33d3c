namespace Zones.Server.Data.Transfer;

// The SQL of the zone import; $1 is the township code.
sealed partial class ZoneImport
{
    public override string StageSql => """
        CREATE TEMP TABLE import_zone (row integer, code text, name text, level text, parent_code text,
                                       status text, geom geometry) ON COMMIT DROP
        """;


    public override string[] ResolveSql => ["ANALYZE import_zone"];

    // A parent is a live zone of the township or a zone of the file, and sits higher in the tree.
    public override string ChecksSql => $"""
        WITH parent AS (
          SELECT code, level FROM import_zone
          UNION ALL
          SELECT code, level FROM zones.zone WHERE township_code = $1 AND valid_to IS NULL)
        SELECT s.row, 'code', s.code, 'duplicate', NULL FROM import_zone s
        WHERE EXISTS (SELECT 1 FROM zones.zone z WHERE z.township_code = $1 AND z.code = s.code AND z.valid_to IS NULL)
        UNION ALL
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

    // One level at a time ($2), parents first, so parent_id resolves by code as rows go in.
    const string InsertLevelSql = """
        INSERT INTO zones.zone (township_code, parent_id, level, code, name, status, geom)
        SELECT $1, p.id, s.level, s.code, s.name, s.status, ST_Multi(s.geom)
        FROM import_zone s
        LEFT JOIN zones.zone p ON p.township_code = $1 AND p.code = s.parent_code AND p.valid_to IS NULL
        WHERE s.level = $2
        ORDER BY s.row
        """;
}
