namespace Zones.Server.Data.Analysis;

/// <summary>
/// A coverage check some of whose figures grow with the clock alone, continuously (days out of service): instead
/// of recomputing the check every time one of them ticks (with thousands of broken lamps in a county, every
/// minute), the <see cref="CoverageCache"/> keeps its result and <see cref="AsOf"/> brings each gap up to the time
/// it is served — the same figure the check's SQL would compute then.
/// </summary>
public interface IAgingCheck
{
    /// <summary><paramref name="gap"/> (found by this check) as it reads at <paramref name="now"/>.</summary>
    CoverageGap AsOf(CoverageGap gap, DateTimeOffset now);
}
