using NetTopologySuite.Geometries;
using Npgsql;
using Zones.Server.Data.Editing;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// Runs the coverage checks (DOMAIN.md §5.2) for townships or one zone, each township with its own
/// settings, and says which zone every gap falls in. One call is one analysis in the <see cref="AnalysisLane"/>:
/// its checks run one after another on one connection, in one snapshot.
/// </summary>
public sealed class CoverageGapService(AnalysisLane lane, IEnumerable<ICoverageCheck> checks)
{
    readonly IReadOnlyList<ICoverageCheck> checks = [.. checks];

    /// <summary>Every gap of <paramref name="kinds"/> (null = all) in the townships, or in <paramref name="zoneId"/> when given.</summary>
    /// <exception cref="AnalysisLaneException">The lane stayed full too long, or a check timed out.</exception>
    public async Task<IReadOnlyList<CoverageGap>> FindAsync(IReadOnlyList<string> townshipCodes, long? zoneId,
                                                            IReadOnlyCollection<string>? kinds, CancellationToken ct) =>
        (await AnalyzeAsync(townshipCodes, zoneId, kinds, ct)).Gaps;

    /// <summary>
    /// The gaps and the notices (checks that could not run, or ran with a fallback) of <paramref name="kinds"/>,
    /// found together in one analysis so a cache can keep both.
    /// </summary>
    /// <exception cref="AnalysisLaneException">The lane stayed full too long, or a check timed out.</exception>
    public Task<CoverageResult> AnalyzeAsync(IReadOnlyList<string> townshipCodes, long? zoneId,
                                             IReadOnlyCollection<string>? kinds, CancellationToken ct) =>
        lane.RunAsync(async conn =>
        {
            var wanted = (kinds is { Count: > 0 } ? kinds : GapKinds.All).ToHashSet();
            var found = new List<CoverageGap>();
            var notices = new List<CoverageNotice>();
            foreach (var township in townshipCodes)
            {
                var settings = await SettingsAsync(conn, township, ct);
                foreach (var check in checks.Where(c => c.Kinds.Any(wanted.Contains)))
                {
                    var result = await check.AnalyzeAsync(conn, township, zoneId, settings, wanted.Intersect(check.Kinds).ToHashSet(), ct);
                    found.AddRange(result.Gaps);
                    notices.AddRange(result.Notices);
                }
            }
            var located = await LocateAsync(conn, found, ct);
            return new CoverageResult(
                [.. located.OrderBy(g => GapKinds.Order(g.Kind)).ThenBy(g => g.TownshipCode)
                           .ThenByDescending(g => g.AreaM2 ?? g.LengthM ?? g.Count ?? 0)],
                [.. notices.OrderBy(n => GapKinds.Order(n.Kind)).ThenBy(n => n.TownshipCode)]);
        }, ct);

    /// <summary>A township's analysis settings: defaults overlaid with <c>settings.analysis</c>.</summary>
    public Task<AnalysisSettings> SettingsAsync(string townshipCode, CancellationToken ct) =>
        lane.RunAsync(conn => SettingsAsync(conn, townshipCode, ct), ct);

    static async Task<AnalysisSettings> SettingsAsync(NpgsqlConnection conn, string townshipCode, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT settings -> 'analysis' FROM zones.township WHERE division_code = $1", conn);
        cmd.Parameters.Add(Sql.P(townshipCode));
        return AnalysisSettings.FromJson(await cmd.ExecuteScalarAsync(ct) as string);
    }

    // One statement for all gaps without a zone: the zone a point on the gap lies in (zones.zone_at).
    static async Task<List<CoverageGap>> LocateAsync(NpgsqlConnection conn, List<CoverageGap> gaps, CancellationToken ct)
    {
        var open = gaps.Select((g, i) => (g, i)).Where(x => x.g.ZoneId is null).ToList();
        if (open.Count == 0)
            return gaps;
        const string sql = """
            SELECT g.i, z.id
            FROM unnest($1::int[], $2::geometry[], $3::text[]) AS g(i, geom, township)
            LEFT JOIN LATERAL zones.zone_at(g.township, ST_PointOnSurface(g.geom)) z ON true
            """;
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.Add(Sql.P(open.Select(x => x.i).ToArray()));
        cmd.Parameters.Add(Sql.Geoms(open.Select(x => x.g.Geometry)));
        cmd.Parameters.Add(Sql.P(open.Select(x => x.g.TownshipCode).ToArray()));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            if (!await reader.IsDBNullAsync(1, ct))
                gaps[reader.GetInt32(0)] = gaps[reader.GetInt32(0)] with { ZoneId = reader.GetInt64(1) };
        return gaps;
    }
}
