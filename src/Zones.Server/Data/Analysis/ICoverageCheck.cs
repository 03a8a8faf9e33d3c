using Npgsql;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// One family of coverage checks, run in PostGIS for one township at a time. Implementations are
/// stateless singletons registered in <see cref="AnalysisServices"/>; the service runs only those
/// whose <see cref="Kinds"/> were asked for, one after another on the analysis lane's connection
/// (<see cref="AnalysisLane"/>: one transaction, statement timeout, no JIT).
/// </summary>
public interface ICoverageCheck
{
    /// <summary>The <see cref="GapKinds"/> this check can report.</summary>
    IReadOnlyList<string> Kinds { get; }

    /// <summary>
    /// The gaps of the <paramref name="wanted"/> kinds (a subset of <see cref="Kinds"/>) in one township,
    /// restricted to <paramref name="zoneId"/> when given (bind @township / @zone_id, see <see cref="GapScope"/>).
    /// </summary>
    Task<IReadOnlyList<CoverageGap>> FindAsync(NpgsqlConnection conn, string townshipCode, long? zoneId,
                                               AnalysisSettings settings, IReadOnlySet<string> wanted, CancellationToken ct);

    /// <summary>
    /// The gaps and the notices (a part that could not be checked, or was checked with a fallback). Checks that
    /// never fall back keep this default: their gaps and no notice.
    /// </summary>
    async Task<CoverageResult> AnalyzeAsync(NpgsqlConnection conn, string townshipCode, long? zoneId,
                                            AnalysisSettings settings, IReadOnlySet<string> wanted, CancellationToken ct) =>
        new(await FindAsync(conn, townshipCode, zoneId, settings, wanted, ct), []);
}
