using NetTopologySuite.Geometries;
using Npgsql;
using Zones.Server.Data.Editing;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// Runs the coverage checks (DOMAIN.md §5.2) for townships or one zone, each township with its own
/// settings, and says which zone every gap falls in. Results are kept per (township, zone asked, check) in the
/// <see cref="CoverageCache"/> until an edit or the clock changes them; what is missing is computed as one
/// analysis in the <see cref="AnalysisLane"/>: its checks run one after another on one connection.
/// </summary>
public sealed class CoverageGapService(AnalysisLane lane, IEnumerable<ICoverageCheck> checks)
{
    readonly IReadOnlyList<ICoverageCheck> checks = [.. checks];

    // Read before any check runs (see CoverageCache): a township without a row yet (created before 0018
    // or by hand) gets −1, which the next edit replaces.
    const string RevisionsSql = """
        SELECT c, coalesce(r.revision, -1) FROM unnest($1::text[]) c LEFT JOIN zones.analysis_revision r ON r.township_code = c
        """;

    /// <summary>The cache the results are kept in (tests look at it).</summary>
    public CoverageCache Cache { get; } = new();

    /// <summary>Every gap of <paramref name="kinds"/> (null = all) in the townships, or in <paramref name="zoneId"/> when given.</summary>
    /// <exception cref="AnalysisLaneException">The lane stayed full too long, or a check timed out.</exception>
    public async Task<IReadOnlyList<CoverageGap>> FindAsync(IReadOnlyList<string> townshipCodes, long? zoneId,
                                                            IReadOnlyCollection<string>? kinds, CancellationToken ct) =>
        (await AnalyzeAsync(townshipCodes, zoneId, kinds, ct)).Gaps;

    /// <summary>
    /// The gaps and the notices (checks that could not run, or ran with a fallback) of <paramref name="kinds"/>
    /// (null = all), merged from the cached results of the checks concerned, gaps as they read now.
    /// </summary>
    /// <exception cref="AnalysisLaneException">The lane stayed full too long, or a check timed out.</exception>
    public async Task<CoverageResult> AnalyzeAsync(IReadOnlyList<string> townshipCodes, long? zoneId,
                                                   IReadOnlyCollection<string>? kinds, CancellationToken ct)
    {
        var wanted = (kinds is { Count: > 0 } ? kinds : GapKinds.All).ToHashSet();
        var results = await ResultsAsync(townshipCodes, zoneId, wanted, ct);
        var now = DateTimeOffset.UtcNow;
        return new CoverageResult(
            [.. results.SelectMany(r => r.GapsAt(now)).Where(g => wanted.Contains(g.Kind))
                       .OrderBy(g => GapKinds.Order(g.Kind)).ThenBy(g => g.TownshipCode)
                       .ThenByDescending(g => g.AreaM2 ?? g.LengthM ?? g.Count ?? 0)],
            [.. results.SelectMany(r => r.Notices).Where(n => wanted.Contains(n.Kind))
                       .OrderBy(n => GapKinds.Order(n.Kind)).ThenBy(n => n.TownshipCode)]);
    }

    /// <summary>
    /// The cached results of every check that reports one of <paramref name="wanted"/> (null = all), per township,
    /// each with all its kinds (a kind's gaps do not depend on which other kinds were asked, so filtering is exact).
    /// </summary>
    public async Task<IReadOnlyList<CoverageResult>> ResultsAsync(IReadOnlyList<string> townshipCodes, long? zoneId,
                                                                   IReadOnlySet<string>? wanted, CancellationToken ct)
    {
        var revisions = await RevisionsAsync(townshipCodes, ct);
        var results = new List<Task<CoverageResult>>();
        var missing = new List<(string Township, ICoverageCheck Check, TaskCompletionSource<CoverageResult> Done)>();
        foreach (var township in townshipCodes.Distinct())
            for (var i = 0; i < checks.Count; i++)
                if (wanted is null || checks[i].Kinds.Any(wanted.Contains))
                {
                    results.Add(Cache.Get(township, revisions[township], zoneId, i, out var compute));
                    if (compute is not null)
                        missing.Add((township, checks[i], compute));
                }
        if (missing.Count > 0)
            _ = ComputeAsync(missing, zoneId);
        // The computation is shared, so one caller giving up must not cancel it for the others.
        return await Task.WhenAll(results).WaitAsync(ct);
    }

    // One analysis for everything missing; each result is handed over as soon as it is ready.
    async Task ComputeAsync(List<(string Township, ICoverageCheck Check, TaskCompletionSource<CoverageResult> Done)> missing, long? zoneId)
    {
        var ct = CancellationToken.None;
        try
        {
            await lane.RunAsync(async conn =>
            {
                foreach (var township in missing.GroupBy(m => m.Township))
                {
                    var settings = await SettingsAsync(conn, township.Key, ct);
                    foreach (var (_, check, done) in township)
                    {
                        var found = await check.AnalyzeAsync(conn, township.Key, zoneId, settings, check.Kinds.ToHashSet(), ct);
                        var until = check is ITimeDependentCheck clock ? await clock.ChangesAtAsync(conn, township.Key, ct) : null;
                        done.TrySetResult(new CoverageResult(await LocateAsync(conn, [.. found.Gaps], ct), found.Notices, until, check as IAgingCheck));
                    }
                }
                return true;
            }, ct);
        }
        catch (Exception e)
        {
            foreach (var (_, _, done) in missing)
                done.TrySetException(e);
        }
    }

    async Task<Dictionary<string, long>> RevisionsAsync(IReadOnlyList<string> townshipCodes, CancellationToken ct)
    {
        // An ordinary pooled connection: a cache hit must not wait for a lane slot.
        await using var cmd = lane.DataSource.CreateCommand(RevisionsSql);
        cmd.Parameters.Add(Sql.P(townshipCodes.Distinct().ToArray()));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var found = new Dictionary<string, long>();
        while (await reader.ReadAsync(ct))
            found[reader.GetString(0)] = reader.GetInt64(1);
        return found;
    }

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
