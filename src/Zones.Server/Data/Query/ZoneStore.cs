using NetTopologySuite.Geometries;
using Npgsql;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Query;

/// <summary>Zone reads the tree needs beyond plain lists: containing zones of a point, children of many parents.</summary>
public sealed class ZoneStore(NpgsqlDataSource db)
{
    // ST_Intersects (not ST_Contains) so a point exactly on a shared boundary still finds both
    // neighbours; the GiST index on geom answers the test.
    const string AtPointSql = """
        SELECT {0} FROM zones.zone t
        WHERE t.valid_to IS NULL AND ST_Intersects(t.geom, $1) AND t.township_code = ANY($2)
        ORDER BY zones.level_rank(t.level) DESC, t.id
        """;

    const string ChildrenSql = """
        SELECT {0} FROM zones.zone t
        WHERE t.valid_to IS NULL AND t.parent_id = ANY($1) AND t.township_code = ANY($2)
        ORDER BY t.code
        """;

    const string HistorySql = """
        SELECT h.zone_id, h.township_code, h.parent_id, h.level, h.code, h.name, h.status, h.version, h.valid_from,
               h.valid_to, h.geom, ST_Area(h.geom::geography)
        FROM zones.zone_history h WHERE h.zone_id = $1 ORDER BY h.version DESC
        """;

    /// <summary>Every live zone of <paramref name="townships"/> containing <paramref name="point"/>, most specific (deepest level) first.</summary>
    public Task<List<ZoneRow>> AtPointAsync(Point point, IReadOnlyCollection<string> townships, CancellationToken ct) =>
        ReadAsync(string.Format(AtPointSql, Sources.Zones.Columns), [Sql.Geom(point), Sql.P(townships.ToArray())], ct);

    /// <summary>The live children in <paramref name="townships"/> of each parent in one statement, ordered by code.</summary>
    public async Task<ILookup<long, ZoneRow>> ChildrenAsync(IReadOnlyCollection<long> parentIds, IReadOnlyCollection<string> townships,
                                                            CancellationToken ct) =>
        (await ReadAsync(string.Format(ChildrenSql, Sources.Zones.Columns), [Sql.P(parentIds.ToArray()), Sql.P(townships.ToArray())], ct))
        .ToLookup(z => z.ParentId!.Value);

    /// <summary>Earlier versions of a zone, newest first (from the history the trigger keeps).</summary>
    public Task<List<ZoneRow>> HistoryAsync(long zoneId, CancellationToken ct) =>
        ReadAsync(HistorySql, [Sql.P(zoneId)], ct);

    async Task<List<ZoneRow>> ReadAsync(string sql, NpgsqlParameter[] parameters, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(sql);
        cmd.Parameters.AddRange(parameters);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<ZoneRow>();
        while (await reader.ReadAsync(ct))
            rows.Add(Sources.Zones.Read(reader));
        return rows;
    }
}
