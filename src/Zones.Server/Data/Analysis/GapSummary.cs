namespace Zones.Server.Data.Analysis;

/// <summary>
/// Totals of one gap kind, and the sentence a report prints ("3 条路段缺灯，需增设 36 盏").
/// <see cref="Count"/> sums CoverageGap.Count, whose meaning depends on the kind (households, places, days).
/// </summary>
public sealed record GapSummary(string Kind, int Gaps, double AreaM2, double LengthM, int Count, int LightsNeeded, int BinsNeeded)
{
    public string Label => GapKinds.Label(Kind);

    public static IReadOnlyList<GapSummary> Of(IEnumerable<CoverageGap> gaps) =>
        [.. gaps.GroupBy(g => g.Kind).OrderBy(g => GapKinds.Order(g.Key))
            .Select(g => new GapSummary(g.Key, g.Count(), g.Sum(x => x.AreaM2 ?? 0), g.Sum(x => x.LengthM ?? 0),
                                        g.Sum(x => x.Count ?? 0), g.Sum(x => x.LightsNeeded ?? 0), g.Sum(x => x.BinsNeeded ?? 0)))];

    /// <summary>zh-CN one line for a bulletin, e.g. "无路灯道路 4 处，共 2314 米，需增设 86 盏".</summary>
    public string Sentence
    {
        get
        {
            var parts = new List<string> { $"{Label} {Gaps} 处" };
            if (AreaM2 > 0) parts.Add(AreaM2 >= 1e6 ? $"共 {AreaM2 / 1e6:0.##} 平方公里" : $"共 {AreaM2:0} 平方米");
            if (LengthM > 0) parts.Add($"共 {LengthM:0} 米");
            if (Kind == GapKinds.CollectionPointReach && Count > 0) parts.Add($"涉及 {Count} 户");
            if (LightsNeeded > 0) parts.Add($"需增设路灯 {LightsNeeded} 盏");
            if (BinsNeeded > 0) parts.Add($"需增设果皮箱 {BinsNeeded} 个");
            return string.Join("，", parts);
        }
    }
}
