using Microsoft.Extensions.Options;
using Npgsql;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// Computes every township's coverage results ahead of the first request, and again soon after an edit, so the
/// map's 覆盖缺口 list, its notices and the gaps tiles are answered from the <see cref="CoverageCache"/> instead of
/// running the checks while a planner waits (a cold demo township took 4 s, a county 28 s).
/// </summary>
/// <remarks>
/// Every <see cref="AnalysisLaneOptions.WarmIntervalSeconds"/> it asks the <see cref="CoverageGapService"/> for each
/// live township's results, one township at a time: a township whose entries are fresh costs one revision read; one
/// whose revision moved (an edit), whose clock-dependent answer is due, or that was never analysed is computed in the
/// <see cref="AnalysisLane"/> like any request, so it takes at most one lane slot and shares the computation with a
/// request that asks at the same moment. 0 turns it off (the tests do: they count computations themselves).
/// </remarks>
public sealed class CoverageWarmer(CoverageGapService gaps, NpgsqlDataSource db, IOptions<AnalysisLaneOptions> options,
                                   ILogger<CoverageWarmer> logger) : BackgroundService
{
    const string TownshipsSql = "SELECT division_code FROM zones.township WHERE retired_at IS NULL ORDER BY division_code";

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var seconds = options.Value.WarmIntervalSeconds;
        if (seconds <= 0)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        var failing = false;
        do
        {
            try
            {
                await WarmAsync(ct);
                failing = false;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // Said once per run of failures (a database restart, a broken township setting), not every tick.
                if (!failing)
                    logger.LogWarning(e, "Computing the coverage gaps ahead of requests failed; requests compute them themselves");
                failing = true;
            }
        }
        while (await timer.WaitForNextTickAsync(ct));
    }

    /// <summary>Brings every live township's cached coverage results up to date; returns how many townships it looked at.</summary>
    public async Task<int> WarmAsync(CancellationToken ct)
    {
        var townships = new List<string>();
        await using (var cmd = db.CreateCommand(TownshipsSql))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                townships.Add(reader.GetString(0));
        foreach (var township in townships)
            await gaps.ResultsAsync([township], null, null, ct);
        return townships.Count;
    }
}
