using Npgsql;
using Zones.Server.Data.Query;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// The evaluation indicators (DOMAIN.md §1.6) per township, zone, first responsible party or unit, counted
/// in PostGIS in one statement per call, as one analysis in the <see cref="AnalysisLane"/>; see
/// <see cref="IndicatorRow"/> for the counting rules and <see cref="IndicatorRequest"/> for the period.
/// </summary>
public sealed partial class IndicatorService(AnalysisLane lane)
{
    /// <exception cref="ArgumentException">The request has a <see cref="IndicatorRequest.Problem"/>.</exception>
    /// <exception cref="AnalysisLaneException">The lane stayed full too long, or the statement timed out.</exception>
    public async Task<IReadOnlyList<IndicatorRow>> RowsAsync(IndicatorRequest request, CancellationToken ct, bool withHotspots = true)
    {
        if (request.Problem() is { } problem)
            throw new ArgumentException(problem, nameof(request));
        var codes = request.TownshipCodes.Distinct().ToArray();
        return await lane.RunAsync<IReadOnlyList<IndicatorRow>>(async conn =>
        {
            var settings = await HeatmapSettings.LoadAsync(conn, codes, ct);
            await using var cmd = new NpgsqlCommand(Sql(request.GroupBy, withHotspots), conn);
            cmd.Parameters.Add(P(codes));
            cmd.Parameters.Add(P(request.From));
            cmd.Parameters.Add(P(request.To));
            cmd.Parameters.Add(P(request.Now.ToUniversalTime()));
            cmd.Parameters.Add(P(request.ZoneId));
            cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)request.ZoneIds?.ToArray() ?? DBNull.Value,
                                                     NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint });
            cmd.Parameters.Add(P(codes.Select(c => settings[c].RepeatRadiusM).ToArray()));
            cmd.Parameters.Add(P(codes.Select(c => settings[c].RepeatHotspotMinimum).ToArray()));
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var rows = new List<IndicatorRow>();
            while (await reader.ReadAsync(ct))
                rows.Add(new IndicatorRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.Long(3), reader.Long(4),
                    reader.Long(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10),
                    reader.GetInt32(11), reader.GetInt32(12), reader.GetInt32(13), reader.GetInt32(14), reader.GetInt32(15), reader.GetInt32(16)));
            return rows;
        }, ct);
    }

    /// <summary>The rows of <paramref name="request"/> ranked by <paramref name="by"/> (通报).</summary>
    public async Task<IReadOnlyList<IndicatorRank>> RankAsync(IndicatorRequest request, IndicatorName by, CancellationToken ct,
                                                              bool withHotspots = true) =>
        IndicatorRanking.Rank(await RowsAsync(request, ct, withHotspots), by);
}
