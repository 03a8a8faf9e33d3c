namespace Zones.Server.Data.Transfer;

/// <summary>
/// 建成区 import: a name and a Polygon or MultiPolygon (stored as MultiPolygon). Key: the name, as a
/// built-up area has no code; when the township has several of one name the first (lowest id) is it.
/// </summary>
sealed class BuiltUpAreaImport() : TargetImport(TransferTarget.BuiltUpAreas, Shape.Polygon, "name", "import_built_up_area", "zones.built_up_area")
{
    public override object?[]? Stage(RowReader r)
    {
        var name = r.Required("name");
        var geometry = GeometryOf(r);
        return r.Rejected ? null : [r.Row, name, geometry];
    }

    public override string StageSql => """
        CREATE TEMP TABLE import_built_up_area (row integer, name text, geom geometry) ON COMMIT DROP
        """;

    public override string[] ResolveSql => ["ANALYZE import_built_up_area"];

    // Slivers and overlaps between built-up areas are reported (and snapped) as between villages.
    public override Task PrepareAsync(ImportSql sql, ImportRequest request, ImportLog log) =>
        SiblingTopology.RunAsync(sql, request.TownshipCode, SiblingTopology.BuiltUpSiblingsSql, SiblingTopology.BuiltUpWriteBackSql,
                                 request.SnapToleranceM, log);

    public override string ChecksSql => $"""
        {OutsideTownshipSql("import_built_up_area", "built_up_area")}
        ORDER BY 1
        """;

    public override string MatchSql => """
        SELECT s.row, s.name, b.id FROM import_built_up_area s
        LEFT JOIN LATERAL (SELECT min(b.id) AS id FROM zones.built_up_area b WHERE b.township_code = $1 AND b.name = s.name) b ON true
        """;

    protected override IReadOnlyList<Compared> Comparisons { get; } =
    [
        new(TransferFields.Wkt, Wkt("e.geom"), Wkt("ST_Multi(s.geom)"), SetGeometry("geom", "ST_Multi(s.geom)"), Always: true),
    ];

    const string InsertSql = """
        INSERT INTO zones.built_up_area (township_code, name, geom)
        SELECT $1, s.name, ST_Multi(s.geom) FROM import_built_up_area s
        JOIN import_match m ON m.row = s.row AND m.action = 'add'
        ORDER BY s.row
        """;

    const string UpdateSql = """
        UPDATE zones.built_up_area t SET {0}
        FROM import_built_up_area s JOIN import_match m ON m.row = s.row
        WHERE t.id = m.id AND m.action = 'change' AND $1 IS NOT NULL
        """;

    public override async Task<int> WriteAsync(ImportSql sql, string townshipCode, Actor actor, FieldMap map) =>
        await sql.ExecAsync(InsertSql, townshipCode) + await sql.ExecAsync(string.Format(UpdateSql, Sets(map)), townshipCode);
}
