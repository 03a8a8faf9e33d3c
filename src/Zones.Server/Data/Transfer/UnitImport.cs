using System.Text.RegularExpressions;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// 单位 import: code, name, kind (政府 / 部门 / 村委会 / 企业 / 物业 / 其他, or the code), phone, and the
/// parent unit by code or name (a unit of the township or of the same file). Key: the code, retired
/// units included (as the database's unique index).
/// </summary>
sealed partial class UnitImport() : TargetImport(TransferTarget.Units, Shape.None, "code", "import_unit", "zones.unit")
{
    public override object?[]? Stage(RowReader r)
    {
        var code = r.Required("code");
        var name = r.Required("name");
        var kind = r.Code("kind", CodeLists.UnitKind, required: true);
        var phone = r.Matching("phone", Phone(), "5–24 位数字（可含 + ( ) - 和空格）", "5 to 24 digits, + ( ) - or blanks");
        var parent = r.Text("parent");
        if (parent is not null && parent == code)
            r.Reject("parent", parent, "INVALID_PARENT", "单位不能是自己的上级", "a unit cannot be its own parent");
        return r.Rejected ? null : [r.Row, code, name, kind, phone, parent];
    }

    public override string StageSql => """
        CREATE TEMP TABLE import_unit (row integer, code text, name text, kind text, phone text, parent text) ON COMMIT DROP;
        CREATE TEMP TABLE import_parent_ref (ref text PRIMARY KEY, code text, matches integer, candidates text) ON COMMIT DROP;
        """;

    // A parent is a unit of the file or of the township (the file's version wins for codes it has):
    // by code, else by a name exactly one of them has.
    public override string[] ResolveSql =>
    [
        "ANALYZE import_unit",
        """
        WITH u AS (
          SELECT code, name FROM import_unit
          UNION ALL
          SELECT code, name FROM zones.unit d WHERE d.township_code = $1 AND d.retired_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM import_unit i WHERE i.code = d.code))
        INSERT INTO import_parent_ref (ref, code, matches, candidates)
        SELECT r.ref, CASE WHEN c.code IS NOT NULL THEN c.code WHEN n.count = 1 THEN n.code END,
               CASE WHEN c.code IS NOT NULL THEN 1 ELSE n.count END, n.candidates
        FROM (SELECT DISTINCT parent FROM import_unit WHERE parent IS NOT NULL) r (ref)
        LEFT JOIN LATERAL (SELECT u.code FROM u WHERE u.code = r.ref LIMIT 1) c ON true
        CROSS JOIN LATERAL (SELECT count(*)::integer, min(u.code), string_agg(u.name || '（编码 ' || u.code || '）', '、' ORDER BY u.code)
                            FROM u WHERE u.name = r.ref) n (count, code, candidates)
        """,
    ];

    public override string ChecksSql => """
        SELECT s.row, 'parent', s.parent, CASE WHEN p.matches > 1 THEN 'named_unit_ambiguous' ELSE 'unit_not_found' END, p.candidates
        FROM import_unit s JOIN import_parent_ref p ON p.ref = s.parent
        WHERE p.code IS NULL AND $1 IS NOT NULL
        ORDER BY 1
        """;

    public override string MatchSql => """
        SELECT s.row, s.code, u.id FROM import_unit s LEFT JOIN zones.unit u ON u.township_code = $1 AND u.code = s.code
        """;

    protected override string DiffJoins => """
        LEFT JOIN zones.unit ep ON ep.id = e.parent_id
        LEFT JOIN import_parent_ref pr ON pr.ref = s.parent
        """;

    protected override IReadOnlyList<Compared> Comparisons { get; } =
    [
        new("name", "e.name", "s.name", "name = s.name"),
        new("kind", "e.kind", "s.kind", "kind = s.kind"),
        new("phone", "e.phone", "s.phone", "phone = s.phone"),
        new("parent", "ep.code", "pr.code", "parent_id = pu.id"),
    ];

    const string InsertSql = """
        INSERT INTO zones.unit (township_code, code, name, kind, phone)
        SELECT $1, s.code, s.name, s.kind, s.phone FROM import_unit s
        JOIN import_match m ON m.row = s.row AND m.action = 'add'
        ORDER BY s.row
        """;

    // After the inserts, so a parent may be a unit of the same file, whatever the row order.
    const string AddedParentsSql = """
        UPDATE zones.unit t SET parent_id = pu.id
        FROM import_unit s
        JOIN import_match m ON m.row = s.row AND m.action = 'add'
        JOIN import_parent_ref pr ON pr.ref = s.parent
        JOIN zones.unit pu ON pu.township_code = $1 AND pu.code = pr.code
        WHERE t.township_code = $1 AND t.code = s.code
        """;

    const string UpdateSql = """
        UPDATE zones.unit t SET {0}
        FROM import_unit s
        JOIN import_match m ON m.row = s.row
        LEFT JOIN import_parent_ref pr ON pr.ref = s.parent
        LEFT JOIN zones.unit pu ON pu.township_code = $1 AND pu.code = pr.code
        WHERE t.id = m.id AND m.action = 'change'
        """;

    public override async Task<int> WriteAsync(ImportSql sql, string townshipCode, Actor actor, FieldMap map)
    {
        var added = await sql.ExecAsync(InsertSql, townshipCode);
        await sql.ExecAsync(AddedParentsSql, townshipCode);
        return added + await sql.ExecAsync(string.Format(UpdateSql, Sets(map)), townshipCode);
    }

    [GeneratedRegex("^[0-9+() -]{5,24}$")]
    internal static partial Regex Phone();
}
