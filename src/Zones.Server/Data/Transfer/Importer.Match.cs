namespace Zones.Server.Data.Transfer;

// Matching the staged rows with the database (issue #11 §4): which key exists, what the mode
// allows, and what each row would add or change, field by field. Rows equal to the database are
// "same" and never written, so a re-imported export leaves no audit noise.
sealed partial class Importer
{
    const string MatchTableSql = """
        CREATE TEMP TABLE import_match (row integer, key text, id bigint, action text) ON COMMIT DROP;
        CREATE INDEX ON import_match (row);
        CREATE TEMP TABLE import_diff (row integer, key text, n integer, field text, before text, after text) ON COMMIT DROP;
        """;

    // $1 = township code (unused: every statement of an import takes it).
    const string ExistingKeySql = "SELECT row, $2, key, 'duplicate', NULL FROM import_match WHERE id IS NOT NULL AND $1 IS NOT NULL ORDER BY 1";
    const string UnknownKeySql = "SELECT row, $2, key, 'not_found_for_update', NULL FROM import_match WHERE id IS NULL AND $1 IS NOT NULL ORDER BY 1";

    const string ActionSql = """
        ANALYZE import_match;
        UPDATE import_match m SET action = CASE WHEN m.id IS NULL THEN 'add'
          WHEN EXISTS (SELECT 1 FROM import_diff d WHERE d.row = m.row AND d.key IS NOT DISTINCT FROM m.key) THEN 'change' ELSE 'same' END
        """;

    const string ChangesSql = """
        SELECT m.row, m.key, m.action, d.field, d.before, d.after
        FROM import_match m LEFT JOIN import_diff d ON d.row = m.row AND d.key IS NOT DISTINCT FROM m.key
        ORDER BY m.row, m.key, d.n
        """;

    /// <summary>Fills import_match and import_diff, logs what the mode refuses; the report's changes when nothing was refused.</summary>
    static async Task MatchAsync(ImportSql sql, ImportRequest request, TargetImport target, FieldMap map, ImportLog log)
    {
        var township = request.TownshipCode;
        await sql.ExecAsync(MatchTableSql);
        await sql.ExecAsync("INSERT INTO import_match (row, key, id) " + target.MatchSql, township);
        var modeSql = request.Mode switch { ImportMode.Insert => ExistingKeySql, ImportMode.Update => UnknownKeySql, _ => null };
        var clashes = modeSql is null ? [] : await sql.ClashesAsync(modeSql, township, target.KeyField);
        if (target.MatchChecksSql is { } checks)
            clashes.AddRange(await sql.ClashesAsync(checks, township));
        foreach (var clash in clashes.OrderBy(c => c.Row))
            CheckMessages.Log(clash, map, log);
        if (log.HasProblems)
            return;
        await sql.ExecAsync("INSERT INTO import_diff (row, key, n, field, before, after) " + target.DiffSql(map), township);
        await sql.ExecAsync(ActionSql);
        foreach (var change in await sql.ChangesAsync(ChangesSql, f => map.Header(f)))
            log.Change(change);
    }
}
