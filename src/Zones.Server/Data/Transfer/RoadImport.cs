
namespace Zones.Server.Data.Transfer;

/// <summary>
/// 路段 import: code (unique in the township, retired segments included, as the database's
/// unique index is), name, class; a LineString (a MultiLineString of one part is accepted).
/// </summary>
/// <remarks>Key: the code, retired segments included (a retired segment's row is updated but stays retired).</remarks>
sealed class RoadImport() : TargetImport(TransferTarget.Roads, Shape.Line, "code", "import_road", "zones.road")
{
    public override object?[]? Stage(RowReader r)
    {
        var code = r.Required("code");
        var name = r.Required("name");
        var roadClass = r.Code("class", CodeLists.RoadClass, required: true);
        var geometry = GeometryOf(r);
        return r.Rejected ? null : [r.Row, code, name, roadClass, geometry];
    }

    public override string StageSql => """
        CREATE TEMP TABLE import_road (row integer, code text, name text, class text, geom geometry) ON COMMIT DROP
        """;


    public override string[] ResolveSql => ["ANALYZE import_road"];

    public override string ChecksSql => $"""
        {RoadNoding.StagedClashSql("import_road")}
        UNION ALL
        {OutsideTownshipSql("import_road", "road")}
        ORDER BY 1
        """;

    // One line of the file may stage several segments (RoadNoding): they share the row, not the code.
    protected override string MatchJoin => "s.row = m.row AND s.code = m.key";

    public override string MatchSql => """
        SELECT s.row, s.code, r.id FROM import_road s LEFT JOIN zones.road r ON r.township_code = $1 AND r.code = s.code
        """;

    // Lines are split at their junctions before the checks, so the checks and the writes see segments.
    public override Task PrepareAsync(ImportSql sql, ImportRequest request, ImportLog log) =>
        RoadNoding.NodeStagedAsync(sql, "import_road", request.TownshipCode, log);

    protected override IReadOnlyList<Compared> Comparisons { get; } =
    [
        new("name", "e.name", "s.name", "name = s.name"),
        new("class", "e.class", "s.class", "class = s.class"),
        new(TransferFields.Wkt, Wkt("e.geom"), Wkt("s.geom"), SetGeometry("geom", "s.geom"), Always: true),
    ];

    const string InsertSql = """
        INSERT INTO zones.road (township_code, code, name, class, geom)
        SELECT $1, s.code, s.name, s.class, s.geom FROM import_road s
        JOIN import_match m ON m.row = s.row AND m.key = s.code AND m.action = 'add'
        ORDER BY s.row
        """;

    // As the road editor does: every change bumps the version.
    const string UpdateSql = """
        UPDATE zones.road t SET {0}, version = t.version + 1, updated_at = now()
        FROM import_road s JOIN import_match m ON m.row = s.row AND m.key = s.code
        WHERE t.id = m.id AND m.action = 'change' AND $1 IS NOT NULL
        """;

    public override async Task<int> WriteAsync(ImportSql sql, string townshipCode, Actor actor, FieldMap map)
    {
        var written = await sql.ExecAsync(InsertSql, townshipCode) + await sql.ExecAsync(string.Format(UpdateSql, Sets(map)), townshipCode);
        // Live roads the new segments cross in their interior are split too (their 包联 copied).
        await RoadNoding.SplitOldAsync(sql, townshipCode);
        return written;
    }
}
