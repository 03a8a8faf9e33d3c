using Npgsql;
using Zones.Server.Data.Query;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// The heat map of complaints (DOMAIN.md §5.3) computed in PostGIS: cells on a hexagon or square grid in
/// metres, the oldest open and the overdue complaints, and repeat hot spots — all under one filter
/// (<see cref="HeatmapFilter"/>). Stateless; every method runs one statement (plus one for the settings).
/// The cells and the hot spots are analyses and run in the <see cref="AnalysisLane"/>; the two lists are
/// ordinary pages (indexed, at most 1000 rows) and run beside the other list queries.
/// </summary>
public sealed partial class HeatmapService(NpgsqlDataSource db, ListQuery lists, AnalysisLane lane)
{
    /// <summary>The non-empty cells with the total of matching complaints.</summary>
    /// <exception cref="ArgumentException">The request has a <see cref="HeatmapRequest.Problem"/>.</exception>
    /// <exception cref="AnalysisLaneException">The lane stayed full too long, or the statement timed out.</exception>
    public async Task<HeatmapCells> CellsAsync(HeatmapRequest request, CancellationToken ct)
    {
        Check(request);
        return await lane.RunAsync(async conn =>
        {
            var where = HeatmapFilter.Where(request, await HeatmapSettings.LoadAsync(conn, request.TownshipCodes, ct));
            var srid = request.Box is { } b ? GaussKrugerZone.ForLongitude(Math.Clamp(b.Centre.X, 73.5, 136.4)).Epsg : (int?)null;
            var (cells, shape) = request.Grid == HeatmapGrid.Square ? (SquareCells, SquareShape) : (HexagonCells, HexagonShape);
            var (from, weight) = request.Weight switch
            {
                HeatmapWeight.Age => (AgeFrom, AgeWeight),
                HeatmapWeight.Overdue => (PlainFrom, OverdueWeight),
                _ => (PlainFrom, CountWeight),
            };
            weight = weight.Replace("{now}", where.Bind(Sql.P(request.Now.ToUniversalTime())) + "::timestamptz");
            var sql = CellsSql(from, weight, where.Sql, cells, shape,
                srid: where.Bind(new NpgsqlParameter<int?> { TypedValue = srid, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer }),
                size: where.Bind(Sql.P(request.CellSizeM)),
                townships: where.Bind(Sql.P(request.TownshipCodes.ToArray())),
                zone: where.Bind(new NpgsqlParameter<long?> { TypedValue = request.ZoneId, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint }));
            await using var cmd = new NpgsqlCommand(sql, conn);
            where.CopyTo(cmd);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var (total, gridSrid, list) = (0, 0, new List<HeatmapCell>());
            while (await reader.ReadAsync(ct))
            {
                (total, gridSrid) = (reader.GetInt32(0), reader.GetInt32(1));
                if (!reader.IsDBNull(2))
                    list.Add(new HeatmapCell(reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetDouble(5), reader.Geometry(6)));
            }
            return new HeatmapCells(total, gridSrid, list);
        }, ct);
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
        where.Add("zones.complaint_is_overdue(t.stage, t.deadline, {0})", Sql.P(request.Now.ToUniversalTime()));
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
