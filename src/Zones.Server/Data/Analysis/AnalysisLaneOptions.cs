namespace Zones.Server.Data.Analysis;

/// <summary>
/// How analyses (coverage gaps, the gaps tile layer, the heat map, the indicators) share the database, bound from
/// <c>Zones:Analysis</c> (<c>Zones__Analysis__*</c> variables). See <see cref="AnalysisLane"/>.
/// </summary>
public sealed class AnalysisLaneOptions
{
    public const string Section = "Zones:Analysis";

    /// <summary>The defaults, for code that builds a lane by hand (tests, tools).</summary>
    public static AnalysisLaneOptions Default { get; } = new();

    /// <summary>
    /// Longest one analysis statement may run (PostgreSQL <c>statement_timeout</c>). A county's coverage gaps take
    /// about 2.5 s and a heat map over a million complaints about 10 s (shared/PERF-NOTES.md); Npgsql's own
    /// command timeout (30 s unless the connection string says otherwise) stops a statement too.
    /// </summary>
    public double StatementTimeoutSeconds { get; set; } = 20;

    /// <summary>Analyses that run at once, each on one pooled connection; the rest of the pool stays for ordinary requests.</summary>
    public int MaxConcurrent { get; set; } = 2;

    /// <summary>How long an analysis waits for a free place in the lane before it is refused as busy.</summary>
    public double QueueTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// How often <see cref="CoverageWarmer"/> brings every township's coverage results up to date ahead of requests
    /// (after an edit, at most this long until the list is instant again); 0 turns it off.
    /// </summary>
    public double WarmIntervalSeconds { get; set; } = 5;

    /// <summary><see cref="StatementTimeoutSeconds"/> as PostgreSQL takes it: whole milliseconds, at least 1 (0 would mean none).</summary>
    public int StatementTimeoutMs => (int)Math.Clamp(Math.Round(StatementTimeoutSeconds * 1000), 1, int.MaxValue);

    public TimeSpan QueueTimeout => TimeSpan.FromSeconds(QueueTimeoutSeconds);

    public bool IsValid => StatementTimeoutSeconds > 0 && MaxConcurrent > 0 && QueueTimeoutSeconds >= 0 && WarmIntervalSeconds >= 0;
}
