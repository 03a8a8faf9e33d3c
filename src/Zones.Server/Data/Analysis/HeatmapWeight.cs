namespace Zones.Server.Data.Analysis;

/// <summary>What one complaint adds to its cell (DOMAIN.md §5.3: weight by age so chronic items stand out).</summary>
public enum HeatmapWeight
{
    /// <summary>1 per complaint.</summary>
    Count,

    /// <summary>
    /// 1 + days open / the category's time limit in days (work_hours ÷ 8, hours ÷ 24, work_days and days as is).
    /// Days open run from reported_at to closed_at, or to now while not closed.
    /// </summary>
    Age,

    /// <summary>1 + days past the deadline at closed_at (or now while not closed); 挂账, 作废 and cases without a deadline add nothing.</summary>
    Overdue,
}
