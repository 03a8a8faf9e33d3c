namespace Zones.Server.Data.Analysis;

/// <summary>
/// What one coverage check found for one township (or one zone of it), every kind of the check, each gap
/// already placed in its zone: the unit the <see cref="CoverageCache"/> keeps.
/// </summary>
/// <param name="ValidUntil">When the answer changes without an edit (a day more out of service, an assignment
/// ending); null when only edits change it.</param>
/// <param name="Aging">Brings a gap's clock-driven figures up to a given time (<see cref="IAgingCheck"/>); null when none.</param>
public sealed record CoverageResult(IReadOnlyList<CoverageGap> Gaps, DateTimeOffset? ValidUntil = null, IAgingCheck? Aging = null)
{
    /// <summary>The gaps as they read at <paramref name="now"/>.</summary>
    public IEnumerable<CoverageGap> GapsAt(DateTimeOffset now) => Aging is { } a ? Gaps.Select(g => a.AsOf(g, now)) : Gaps;
}
