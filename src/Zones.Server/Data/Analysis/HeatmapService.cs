using Npgsql;
using Zones.Server.Data.Query;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// The heat map of complaints (DOMAIN.md §5.3) computed in PostGIS: cells on a hexagon or square grid in
/// metres, the oldest open and the overdue complaints, and repeat hot spots — all under one filter
/// (<see cref="HeatmapFilter"/>). Stateless; every method runs one statement (plus one for the settings).
/// The cells and the hot spots are analyses and run in the <see cref="AnalysisLane"/>; the two lists are
/// ordinary pages (indexed, at most 1000 rows) and run beside the other list queries.
/// </summary>
public sealed partial class HeatmapService(Replica.ReadDataSource db, ListQuery lists, AnalysisLane lane)
{
    /// <summary>The non-empty cells with the total of matching complaints.</summary>
    /// <exception cref="ArgumentException">The request has a <see cref="HeatmapRequest.Problem"/>.</exception>
    /// <exception cref="AnalysisLaneException">The lane stayed full too long, or the statement timed out.</exception>
    public async Task<HeatmapCells> CellsAsync(HeatmapRequest request, CancellationToken ct)
    {
        Check(request);
        return await lane.RunAsync(async conn =>
        {
            var where = HeatmapFilter.Where(request, await HeatmapSettings.LoadAsync(conn, request.TownshipCodes, ct), points: true);
            var srid = await GridSridAsync(conn, request.TownshipCodes, ct);
            var (from, weight) = request.Weight switch
            {
                HeatmapWeight.Age => (AgeFrom, AgeWeight),
                HeatmapWeight.Overdue => (PlainFrom, OverdueWeight),
                _ => (PlainFrom, CountWeight),
            };
            weight = weight.Replace("{now}", where.Bind(Sql.P(request.Now.ToUniversalTime())) + "::timestamptz");
            var sizeParameter = where.Bind(Sql.P(request.CellSizeM));
            var sql = CellsSql(from, weight, where.Sql, request.Grid == HeatmapGrid.Square ? SquareCells : HexagonCells,
                request.Grid == HeatmapGrid.Square ? SquareShape : HexagonShape,
                srid: where.Bind(Sql.P(srid)), size: sizeParameter + "::float8");
            await using var cmd = new NpgsqlCommand(sql, conn);
            where.CopyTo(cmd);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var list = new List<HeatmapCell>();
            while (await reader.ReadAsync(ct))
                list.Add(new HeatmapCell(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetDouble(3), reader.Geometry(4)));
            return new HeatmapCells(list.Sum(c => c.Count), srid, list);
        }, ct);
    }

    // One frame for the whole map, so cells of neighbouring townships never overlap: the frame most of the
    // asked townships use (CONTRACT12 §1), the lowest on a tie. Chosen from the townships, not the view, so
    // panning never shifts the grid.
    const string GridSridSql = """
        SELECT srid FROM (SELECT zones.township_metric_srid(c) AS srid FROM unnest($1::text[]) c) x
        GROUP BY srid ORDER BY count(*) DESC, srid LIMIT 1
        """;

    static async Task<int> GridSridAsync(NpgsqlConnection conn, IReadOnlyList<string> townships, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(GridSridSql, conn);
        cmd.Parameters.Add(Sql.P(townships.ToArray()));
        return await cmd.ExecuteScalarAsync(ct) is int srid ? srid : 920600;
    }

    /// <summary>The open complaints (neither 结案 nor 作废) under the filter, oldest reported first.</summary>
    public async Task<IReadOnlyList<ComplaintRow>> OldestOpenAsync(HeatmapRequest request, int first, CancellationToken ct)
    {
        var where = (await WhereAsync(request, ct)).Add("zones.complaint_is_open(t.stage)");
        return await ListAsync(where, "reportedAt", first, ct);
    }

    /// <summary>
    /// The complaints under the filter whose deadline has passed while still open, most overdue (earliest
    /// deadline) first. 挂账 cases are left out, as in the complaint list's <c>overdue</c> filter.
    /// </summary>
    public async Task<IReadOnlyList<ComplaintRow>> OverdueAsync(HeatmapRequest request, int first, CancellationToken ct)
    {
        var where = await WhereAsync(request, ct);
        where.Add("zones.complaint_is_overdue(t.stage, t.deadline, t.disposed_at, {0})", Sql.P(request.Now.ToUniversalTime()));
        return await ListAsync(where, "deadline", first, ct);
    }

    /// <summary>Repeat hot spots under the filter, with each township's radius and minimum.</summary>
    /// <exception cref="AnalysisLaneException">The lane stayed full too long, or the statement timed out.</exception>
    public async Task<IReadOnlyList<HeatmapHotspot>> RepeatHotspotsAsync(HeatmapRequest request, CancellationToken ct)
    {
        Check(request);
        return await lane.RunAsync<IReadOnlyList<HeatmapHotspot>>(async conn =>
        {
            var settings = await HeatmapSettings.LoadAsync(conn, request.TownshipCodes, ct);
            var where = HeatmapFilter.Where(request, settings);
            var codes = request.TownshipCodes.ToArray();
            var sql = HotspotsSql(where.Sql, where.Bind(Sql.P(codes)),
                where.Bind(Sql.P(codes.Select(c => settings[c].RepeatRadiusM).ToArray())),
                where.Bind(Sql.P(codes.Select(c => settings[c].RepeatHotspotMinimum).ToArray())));
            await using var cmd = new NpgsqlCommand(sql, conn);
            where.CopyTo(cmd);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var found = new List<HeatmapHotspot>();
            while (await reader.ReadAsync(ct))
                found.Add(new HeatmapHotspot(reader.GetInt32(1), reader.Geometry(2), reader.GetFieldValue<string[]>(3), reader.Long(4), reader.GetString(0)));
            return found;
        }, ct);
    }

    /// <summary>Which reports the map counts; reads the townships' settings only for their default period.</summary>
    public async Task<HeatmapPeriod> PeriodAsync(HeatmapRequest request, CancellationToken ct)
    {
        Check(request);
        if (request.AllOpen || request.From is not null || request.To is not null)
            return HeatmapPeriod.Of(request, new Dictionary<string, AnalysisSettings>());
        await using var conn = await db.OpenConnectionAsync(ct);
        return HeatmapPeriod.Of(request, await HeatmapSettings.LoadAsync(conn, request.TownshipCodes, ct));
    }

    // The lists' filter: settings read on an ordinary connection, as the page itself is.
    async Task<SqlWhere> WhereAsync(HeatmapRequest request, CancellationToken ct)
    {
        Check(request);
        await using var conn = await db.OpenConnectionAsync(ct);
        return HeatmapFilter.Where(request, await HeatmapSettings.LoadAsync(conn, request.TownshipCodes, ct));
    }

    static void Check(HeatmapRequest request)
    {
        if (request.Problem() is { } problem)
            throw new ArgumentException(problem, nameof(request));
    }

    async Task<IReadOnlyList<ComplaintRow>> ListAsync(SqlWhere where, string sort, int first, CancellationToken ct)
    {
        var page = await lists.PageAsync(Sources.Complaints, new ListRequest(where, sort, false, null, new PageRequest(first, null)), ct);
        return [.. page.Edges.Select(e => e.Node)];
    }
}
