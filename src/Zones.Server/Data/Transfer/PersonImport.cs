namespace Zones.Server.Data.Transfer;

/// <summary>
/// 人员 import, the 花名册: 姓名, 单位 (code or name), 职务, 联系电话, and a code when the office has one.
/// Key: the code, retired people included (as the database's unique index).
/// </summary>
/// <remarks>
/// A 花名册 often has no code. Then a person keeps the code of the one live person of the township
/// with the same name in the same unit, if there is exactly one; otherwise the code is made from the
/// row: <c>P</c> + the first 8 hex digits (upper case) of MD5(name + "|" + the unit's code). The same
/// name in the same unit gets the same code on every import, so a 花名册 imported again updates
/// rather than duplicates; a person who moves unit in a file without codes becomes a new person
/// (give codes to keep them).
/// </remarks>
sealed class PersonImport() : TargetImport(TransferTarget.People, Shape.None, "code", "import_person", "zones.person")
{
    public override object?[]? Stage(RowReader r)
    {
        var code = r.Text("code");
        var name = r.Required("name");
        var title = r.Text("title");
        var phone = r.Matching("phone", UnitImport.Phone(), "5–24 位数字（可含 + ( ) - 和空格）", "5 to 24 digits, + ( ) - or blanks");
        return r.Rejected ? null : [r.Row, code, name, title, phone, r.Text("unit")];
    }

    public override string StageSql => $"""
        CREATE TEMP TABLE import_person (row integer, code text, name text, title text, phone text, unit text) ON COMMIT DROP;
        {ImportRefs.UnitRefTableSql};
        """;

    public override string[] ResolveSql =>
    [
        "ANALYZE import_person",
        ImportRefs.UnitRefSql("SELECT unit FROM import_person"),
        // Codes for rows without one (see the remarks).
        """
        UPDATE import_person s SET code = coalesce(
          (SELECT min(p.code) FROM zones.person p
           WHERE p.township_code = $1 AND p.retired_at IS NULL AND p.name = s.name AND p.unit_id IS NOT DISTINCT FROM u.id
           HAVING count(*) = 1),
          'P' || upper(left(md5(s.name || '|' || coalesce(uu.code, '')), 8)))
        FROM import_person x
        LEFT JOIN import_unit_ref u ON u.ref = x.unit
        LEFT JOIN zones.unit uu ON uu.id = u.id
        WHERE x.row = s.row AND s.code IS NULL
        """,
    ];

    // Two rows without a code, of the same name and unit, are the same person twice.
    public override string ChecksSql => $"""
        {ImportRefs.UnitRefChecksSql("import_person", "unit")}
        UNION ALL
        SELECT s.row, 'name', s.name, 'duplicate_in_file', '第 ' || f.first || ' 行 row ' || f.first
        FROM import_person s
        JOIN (SELECT code, min(row) AS first FROM import_person GROUP BY code HAVING count(*) > 1) f ON f.code = s.code
        WHERE s.row > f.first AND $1 IS NOT NULL
        ORDER BY 1
        """;

    public override string MatchSql => """
        SELECT s.row, s.code, p.id FROM import_person s LEFT JOIN zones.person p ON p.township_code = $1 AND p.code = s.code
        """;

    protected override string DiffJoins => """
        LEFT JOIN zones.unit eu ON eu.id = e.unit_id
        LEFT JOIN import_unit_ref ru ON ru.ref = s.unit
        LEFT JOIN zones.unit au ON au.id = ru.id
        """;

    protected override IReadOnlyList<Compared> Comparisons { get; } =
    [
        new("name", "e.name", "s.name", "name = s.name"),
        new("title", "e.title", "s.title", "title = s.title"),
        new("phone", "e.phone", "s.phone", "phone = s.phone"),
        new("unit", "eu.code", "au.code", "unit_id = ru.id"),
    ];

    const string InsertSql = """
        INSERT INTO zones.person (township_code, code, name, title, phone, unit_id)
        SELECT $1, s.code, s.name, s.title, s.phone, ru.id FROM import_person s
        JOIN import_match m ON m.row = s.row AND m.action = 'add'
        LEFT JOIN import_unit_ref ru ON ru.ref = s.unit
        ORDER BY s.row
        """;

    const string UpdateSql = """
        UPDATE zones.person t SET {0}
        FROM import_person s
        JOIN import_match m ON m.row = s.row
        LEFT JOIN import_unit_ref ru ON ru.ref = s.unit
        WHERE t.id = m.id AND m.action = 'change' AND $1 IS NOT NULL
        """;

    public override async Task<int> WriteAsync(ImportSql sql, string townshipCode, Actor actor, FieldMap map) =>
        await sql.ExecAsync(InsertSql, townshipCode) + await sql.ExecAsync(string.Format(UpdateSql, Sets(map)), townshipCode);
}
