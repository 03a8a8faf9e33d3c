namespace Zones.Server.Data.Analysis;

/// <summary>
/// What one coverage check found for one township (or one zone of it): every kind of the check, each gap
/// already placed in its zone, and the notices (a part that could not be checked, or was checked with a
/// fallback) found in the same run — the unit the <see cref="CoverageCache"/> keeps, and what the service
/// answers after merging the checks asked for.
/// </summary>
/// <param name="ValidUntil">When the answer changes without an edit (a day more out of service, an assignment
/// ending); null when only edits change it.</param>
/// <param name="Aging">Brings a gap's clock-driven figures up to a given time (<see cref="IAgingCheck"/>); null when none.</param>
public sealed record CoverageResult(IReadOnlyList<CoverageGap> Gaps, IReadOnlyList<CoverageNotice> Notices,
                                    DateTimeOffset? ValidUntil = null, IAgingCheck? Aging = null)
{
    public static readonly CoverageResult Empty = new([], []);

    /// <summary>The gaps as they read at <paramref name="now"/>.</summary>
    public IEnumerable<CoverageGap> GapsAt(DateTimeOffset now) => Aging is { } a ? Gaps.Select(g => a.AsOf(g, now)) : Gaps;
}
