namespace Zones.Server.Data.Transfer;

/// <summary>
/// Resolving what a 花名册 or 包联表 names by code or by name, the way clerks write it. A code wins;
/// a name resolves only when exactly one live row has it, and otherwise the row is rejected with
/// the candidates named (两个“王伟” → both, with their units and codes), so the clerk can give the code.
/// </summary>
static class ImportRefs
{
    /// <summary>The table <see cref="UnitRefSql"/> fills.</summary>
    public const string UnitRefTableSql = """
        CREATE TEMP TABLE import_unit_ref (ref text PRIMARY KEY, id bigint, matches integer, candidates text) ON COMMIT DROP
        """;

    /// <summary>
    /// Fills import_unit_ref for the unit codes or names <paramref name="refs"/> (a SELECT of one
    /// text column, a constant) gives: by code, else by a name only one live unit of the township has.
    /// </summary>
    public static string UnitRefSql(string refs) => $"""
        INSERT INTO import_unit_ref (ref, id, matches, candidates)
        SELECT r.ref, coalesce(c.id, CASE WHEN n.count = 1 THEN n.id END), CASE WHEN c.id IS NULL THEN n.count ELSE 1 END, n.candidates
        FROM (SELECT DISTINCT x.ref FROM ({refs}) x (ref) WHERE x.ref IS NOT NULL) r
        LEFT JOIN zones.unit c ON c.township_code = $1 AND c.code = r.ref AND c.retired_at IS NULL
        CROSS JOIN LATERAL (SELECT count(*)::integer, min(u.id),
                                   string_agg(u.name || '（编码 ' || u.code || '）', '、' ORDER BY u.code)
                            FROM zones.unit u WHERE u.township_code = $1 AND u.name = r.ref AND u.retired_at IS NULL) n (count, id, candidates)
        """;

    /// <summary>For a ChecksSql: rows of <paramref name="stage"/> whose <paramref name="field"/> names no unit, or several.</summary>
    public static string UnitRefChecksSql(string stage, string field, string where = "true") => $"""
        SELECT s.row, '{field}', s.{field}, CASE WHEN u.matches > 1 THEN 'named_unit_ambiguous' ELSE 'unit_not_found' END, u.candidates
        FROM {stage} s JOIN import_unit_ref u ON u.ref = s.{field}
        WHERE u.id IS NULL AND {where}
        """;
}
