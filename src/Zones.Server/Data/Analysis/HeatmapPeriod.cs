using System.Globalization;

namespace Zones.Server.Data.Analysis;

/// <summary>Where a heat map's period came from.</summary>
public enum HeatmapPeriodKind
{
    /// <summary>所有未办结案卷: every open case, whenever reported.</summary>
    AllOpen,

    /// <summary>Each township's <see cref="AnalysisSettings.HeatmapDefaultDays"/> back from the request's Now.</summary>
    TownshipDefault,

    /// <summary>The caller's own from / to.</summary>
    Chosen,
}

/// <summary>
/// Which reports a heat map counts, said in its answer (issue #16 §5): a map of the last 30 days silently differed
/// from the open-case count a clerk compared it with.
/// </summary>
/// <param name="From">reported_at ≥ From; null = no lower bound. For township defaults of different lengths, the
/// earliest start (the description names the range of lengths).</param>
/// <param name="To">reported_at &lt; To; null = up to now.</param>
/// <param name="Description">The period in words, zh-CN, with dates in China time.</param>
public sealed record HeatmapPeriod(HeatmapPeriodKind Kind, DateTimeOffset? From, DateTimeOffset? To, string Description)
{
    static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>The period <see cref="HeatmapFilter.Where"/> applies to <paramref name="request"/>, with the same settings.</summary>
    public static HeatmapPeriod Of(HeatmapRequest request, IReadOnlyDictionary<string, AnalysisSettings> settings)
    {
        if (request.AllOpen)
            return new(HeatmapPeriodKind.AllOpen, null, null, "所有未办结案卷（不限上报时间，含挂账）");
        if (request.From is not null || request.To is not null)
            return new(HeatmapPeriodKind.Chosen, request.From, request.To, Chosen(request.From, request.To));
        var days = request.TownshipCodes.Select(c => (settings.GetValueOrDefault(c) ?? AnalysisSettings.Default).HeatmapDefaultDays)
            .DefaultIfEmpty(AnalysisSettings.Default.HeatmapDefaultDays).ToList();
        var from = request.Now.AddDays(-days.Max());
        var length = days.Min() == days.Max() ? $"近{days.Max()}天" : $"近{days.Min()}–{days.Max()}天（各镇默认时段不同）";
        return new(HeatmapPeriodKind.TownshipDefault, from, null, $"{length}上报的案卷（{Show(from)} 起，默认时段）");
    }

    static string Chosen(DateTimeOffset? from, DateTimeOffset? to) => (from, to) switch
    {
        ({ } f, { } t) => $"{Show(f)} 起、{Show(t)} 前上报的案卷",
        ({ } f, null) => $"{Show(f)} 起上报的案卷",
        (null, { } t) => $"{Show(t)} 前上报的案卷",
        _ => "",
    };

    // A clerk reads dates in Beijing time; the minutes only when the bound is not a midnight.
    static string Show(DateTimeOffset at)
    {
        var local = at.ToOffset(China);
        return local.ToString(local.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }
}
