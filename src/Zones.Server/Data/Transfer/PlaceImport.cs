namespace Zones.Server.Data.Transfer;

/// <summary>
/// 场所 import (村委会, 集市, 学校, 公交站, 广场, 公园, 居民点 — where the toilet-reach and collection-point
/// rules measure from): kind, name, households; a point. Key: kind + name, as a place has no code;
/// when the township has several of one kind and name the first (lowest id) is it.
/// </summary>
sealed class PlaceImport() : TargetImport(TransferTarget.Places, Shape.Point, "name", "import_place", "zones.place")
{
    public override bool KeyUniqueInFile => false;

    public override object?[]? Stage(RowReader r)
    {
        var kind = r.Code("kind", CodeLists.PlaceKind, required: true);
        var name = r.Required("name");
        var households = r.Number("households");
        if (households is { } h && (h < 0 || h != Math.Floor(h) || h > int.MaxValue))
            r.Reject("households", r.Text("households"), "INVALID_VALUE", "户数应为非负整数", "households must be a whole number ≥ 0");
        var geometry = GeometryOf(r);
        return r.Rejected ? null : [r.Row, kind, name, households is { } n ? (int?)(int)n : null, geometry];
    }

    public override string StageSql => """
        CREATE TEMP TABLE import_place (row integer, kind text, name text, households integer, geom geometry) ON COMMIT DROP
        """;

    public override string[] ResolveSql => ["ANALYZE import_place"];

    public override string ChecksSql => $"""
        {OutsideTownshipSql("import_place", "place")}
        ORDER BY 1
        """;

    public override string MatchSql => """
        SELECT s.row, s.kind || ' ' || s.name, p.id FROM import_place s
        LEFT JOIN LATERAL (SELECT min(p.id) AS id FROM zones.place p WHERE p.township_code = $1 AND p.kind = s.kind AND p.name = s.name) p ON true
        """;

    protected override IReadOnlyList<Compared> Comparisons { get; } =
    [
        new("households", "e.households", "s.households", "households = s.households"),
        new(TransferFields.Wkt, Wkt("e.geom"), Wkt("s.geom"), SetGeometry("geom", "s.geom"), Always: true),
    ];

    const string InsertSql = """
        INSERT INTO zones.place (township_code, kind, name, households, geom)
        SELECT $1, s.kind, s.name, s.households, s.geom FROM import_place s
        JOIN import_match m ON m.row = s.row AND m.action = 'add'
        ORDER BY s.row
        """;

    const string UpdateSql = """
        UPDATE zones.place t SET {0}
        FROM import_place s JOIN import_match m ON m.row = s.row
        WHERE t.id = m.id AND m.action = 'change' AND $1 IS NOT NULL
        """;

    public override async Task<int> WriteAsync(ImportSql sql, string townshipCode, Actor actor, FieldMap map) =>
        await sql.ExecAsync(InsertSql, townshipCode) + await sql.ExecAsync(string.Format(UpdateSql, Sets(map)), townshipCode);
}
