namespace Zones.Server.Data.Transfer;

// The road import's use of the noding: the staged lines become their segments before the checks.
static partial class RoadNoding
{
    /// <summary>
    /// A piece code that another line of the file also has (<c>R7-2</c> from splitting <c>R7</c>, and a
    /// row coded <c>R7-2</c>): for <see cref="TargetImport.ChecksSql"/>.
    /// </summary>
    public static string StagedClashSql(string table) => $"""
        SELECT s.row, 'code', s.code, 'piece_code_taken', NULL FROM {table} s
        WHERE EXISTS (SELECT 1 FROM {table} o WHERE o.code = s.code AND o.row < s.row)
        """;

    /// <summary>
    /// Nodes the lines staged in <paramref name="table"/>, reports the segments of each line and the
    /// live roads that will be split, and replaces the staged lines by their segments.
    /// </summary>
    public static async Task NodeStagedAsync(ImportSql sql, string table, string townshipCode, ImportLog log)
    {
        foreach (var statement in NodeSql(table))
            await sql.ExecAsync(statement, townshipCode);
        log.Segments.AddRange(await sql.ReadAsync(SegmentsSql, r => new RoadSplit(r.GetInt32(0), r.GetString(1), r.GetInt32(2))));
        foreach (var (code, pieces) in await sql.ReadAsync(OldSplitsSql, r => (r.GetString(0), r.GetInt32(1))))
            log.Warn(null, null, code, "ROAD_SPLIT",
                     $"已有路段“{code}”被导入的路段穿过，将在交点处拆成 {pieces} 段：原路段保留编码和包联，其余各段编为 {code}-2 起的空闲编码并复制包联",
                     $"the existing road \"{code}\" is crossed by imported lines and will be split into {pieces} segments: " +
                     $"the road keeps its code and 包联 for the first, the others get the next free codes {code}-2 … and a copy of its 包联");
        foreach (var statement in RewriteStageSql(table))
            await sql.ExecAsync(statement);
    }

    /// <summary>After the segments are written: splits the live roads they cross (see <see cref="SplitOldSql"/>).</summary>
    public static async Task SplitOldAsync(ImportSql sql, string townshipCode)
    {
        foreach (var statement in SplitOldSql)
            await sql.ExecAsync(statement, townshipCode);
    }
}
