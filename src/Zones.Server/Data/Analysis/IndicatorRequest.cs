namespace Zones.Server.Data.Analysis;

/// <summary>Which complaints the indicators count and how they are grouped.</summary>
/// <remarks>
/// Period: a complaint belongs to the period by reported_at, <c>From ≤ reported_at &lt; To</c>; an open bound
/// is unbounded (no From and no To = every complaint). Its state is read as of <see cref="Now"/>: a case
/// reported in March and closed in April counts as closed in March's figures once April has come.
/// </remarks>
public sealed record IndicatorRequest
{
    /// <summary>The townships counted (the caller may see them).</summary>
    public required IReadOnlyList<string> TownshipCodes { get; init; }

    public IndicatorGroup GroupBy { get; init; } = IndicatorGroup.Zone;

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    /// <summary>Only complaints routed into this zone's current subtree; for <see cref="IndicatorGroup.Zone"/> its children are the rows.</summary>
    public long? ZoneId { get; init; }

    /// <summary>For <see cref="IndicatorGroup.Zone"/>: exactly these zones, each over its own subtree (overrides the children rule).</summary>
    public IReadOnlyList<long>? ZoneIds { get; init; }

    /// <summary>The instant "overdue" is judged at.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>What is wrong with the request, for a clerk; null when it can be counted.</summary>
    public string? Problem() => From is { } f && To is { } t && t <= f
        ? $"统计期无效：to（{t:yyyy-MM-dd HH:mm}）应晚于 from（{f:yyyy-MM-dd HH:mm}）。to must be later than from."
        : null;
}
