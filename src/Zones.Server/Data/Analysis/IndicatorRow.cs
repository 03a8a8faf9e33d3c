namespace Zones.Server.Data.Analysis;

/// <summary>
/// The evaluation figures of one group over a period (DOMAIN.md §1.6, §5.4). Counting rules, after egova
/// <c>dispose.py</c>:
/// <list type="bullet">
/// <item>上报数 <see cref="Reported"/>: every complaint of the period, 作废 included.</item>
/// <item>作废 (voided) and 挂账 (shelved) cases count in no other figure: 挂账 is excluded from disposal
/// indicators, and a shelved case waits in the problem bank instead of running late.</item>
/// <item>应处置数 <see cref="ToDispose"/>: cases dispatched to a unit (stage 派遣 or later) or already disposed.</item>
/// <item>处置数 <see cref="Disposed"/>: disposed_at set (or closed); 按期 when disposed_at (else closed_at) ≤ deadline.</item>
/// <item>应结案数 <see cref="ToClose"/>: disposed, or undisposed with the deadline passed ("超期未处置也算应结案数").</item>
/// <item>结案数 <see cref="Closed"/>: stage 结案; 按期 when closed_at ≤ deadline. A case without a deadline is on time.</item>
/// <item>返工数 <see cref="Reworked"/>: cases with rework_count &gt; 0 (one per case, like egova rework_num).</item>
/// <item>延期数 <see cref="Extended"/>: cases with an approved extension.</item>
/// <item>超期未结 <see cref="OverdueOpen"/>: still open (not 结案/作废/挂账) with the deadline passed.</item>
/// <item><see cref="RepeatHotspots"/>: repeat hot spots formed by the group's non-voided complaints.</item>
/// </list>
/// Rates are percentages rounded to 2 decimals, null when the denominator is 0: 结案率 = 结案/应结案,
/// 按期结案率 = 按期结案/应结案, 处置率 = 处置/应处置, 按期处置率 = 按期处置/应处置, 返工率 = 返工/应结案,
/// 延期率 = 延期/应处置.
/// </summary>
public sealed record IndicatorRow(
    string Key, string Name, string TownshipCode, long? ZoneId, long? UnitId, long? PersonId,
    int Reported, int ToDispose, int Disposed, int DisposedOnTime, int ToClose, int Closed, int ClosedOnTime,
    int Reworked, int Extended, int OverdueOpen, int RepeatHotspots)
{
    public double? CloseRate => Rate(Closed, ToClose);
    public double? OnTimeCloseRate => Rate(ClosedOnTime, ToClose);
    public double? DisposeRate => Rate(Disposed, ToDispose);
    public double? OnTimeDisposeRate => Rate(DisposedOnTime, ToDispose);
    public double? ReworkRate => Rate(Reworked, ToClose);
    public double? ExtensionRate => Rate(Extended, ToDispose);

    /// <summary>The figure a ranking orders by (counts as doubles).</summary>
    public double? Value(IndicatorName name) => name switch
    {
        IndicatorName.CloseRate => CloseRate,
        IndicatorName.OnTimeCloseRate => OnTimeCloseRate,
        IndicatorName.DisposeRate => DisposeRate,
        IndicatorName.OnTimeDisposeRate => OnTimeDisposeRate,
        IndicatorName.ReworkRate => ReworkRate,
        _ => OverdueOpen,
    };

    static double? Rate(int count, int of) => of == 0 ? null : Math.Round(100.0 * count / of, 2, MidpointRounding.AwayFromZero);
}
