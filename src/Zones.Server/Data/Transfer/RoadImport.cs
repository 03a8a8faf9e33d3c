
namespace Zones.Server.Data.Transfer;

/// <summary>
/// 路段 import: code (unique in the township, retired segments included, as the database's
/// unique index is), name, class; a LineString (a MultiLineString of one part is accepted).
/// </summary>
sealed class RoadImport() : TargetImport(TransferTarget.Roads, Shape.Line, "code", "import_road")
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
        SELECT s.row, 'code', s.code, 'duplicate', NULL FROM import_road s
        WHERE EXISTS (SELECT 1 FROM zones.road r WHERE r.township_code = $1 AND r.code = s.code)
        UNION ALL
        {RoadNoding.StagedClashSql("import_road")}
        UNION ALL
        {OutsideTownshipSql("import_road", "road")}
        ORDER BY 1
        """;

    const string InsertSql = """
        INSERT INTO zones.road (township_code, code, name, class, geom)
        SELECT $1, s.code, s.name, s.class, s.geom FROM import_road s ORDER BY s.row
        """;

    // Lines are split at their junctions before the checks, so the checks and the insert see segments.
    public override Task PrepareAsync(ImportSql sql, ImportRequest request, ImportLog log) =>
        RoadNoding.NodeStagedAsync(sql, "import_road", request.TownshipCode, log);

    public override async Task<int> InsertAsync(ImportSql sql, string townshipCode, Actor actor)
    {
        var written = await sql.ExecAsync(InsertSql, townshipCode);
        await RoadNoding.SplitOldAsync(sql, townshipCode);
        return written;
    }
}
