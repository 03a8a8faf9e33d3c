namespace Zones.Server.Data.Analysis;

/// <summary>
/// Orders indicator rows for a 通报: best first (highest rate; lowest for 返工率 and 超期未结), ties sharing a
/// rank and the next rank skipping (1, 1, 3 — competition ranking). Rows without the figure (denominator 0)
/// come last and share the last rank.
/// </summary>
public static class IndicatorRanking
{
    public static bool LowerIsBetter(IndicatorName name) => name is IndicatorName.ReworkRate or IndicatorName.OverdueOpen;

    public static IReadOnlyList<IndicatorRank> Rank(IEnumerable<IndicatorRow> rows, IndicatorName by)
    {
        var sign = LowerIsBetter(by) ? 1 : -1;
        var ordered = rows.OrderBy(r => r.Value(by) is null).ThenBy(r => sign * (r.Value(by) ?? 0))
                          .ThenBy(r => r.TownshipCode, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var ranked = new List<IndicatorRank>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var tied = i > 0 && ordered[i].Value(by) == ordered[i - 1].Value(by);
            ranked.Add(new IndicatorRank(tied ? ranked[i - 1].Rank : i + 1, ordered[i]));
        }
        return ranked;
    }
}
