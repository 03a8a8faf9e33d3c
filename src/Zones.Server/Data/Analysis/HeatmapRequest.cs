using System.Globalization;
using NetTopologySuite.Geometries;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// What a heat map (and its oldest-open, overdue and repeat-hot-spot lists) is drawn from.
/// </summary>
/// <remarks>
/// Period: a complaint belongs to the map when <c>From ≤ reported_at &lt; To</c>. With neither given, each
/// township uses its own <see cref="AnalysisSettings.HeatmapDefaultDays"/> back from <see cref="Now"/>, unless
/// <see cref="AllOpen"/> asks for every open case whenever reported. <see cref="HeatmapPeriod.Of"/> says which.
/// </remarks>
public sealed record HeatmapRequest
{
    public const double MinCellSizeM = 20, MaxCellSizeM = 5000;

    /// <summary>The townships the caller may see; complaints elsewhere never count.</summary>
    public required IReadOnlyList<string> TownshipCodes { get; init; }

    /// <summary>Lon/lat box (WGS84); null = everywhere in the townships.</summary>
    public Envelope? Box { get; init; }

    /// <summary>Only complaints routed to this zone or one of its current descendants.</summary>
    public long? ZoneId { get; init; }

    public double CellSizeM { get; init; } = 200;

    public HeatmapGrid Grid { get; init; } = HeatmapGrid.Hexagon;

    public HeatmapWeight Weight { get; init; } = HeatmapWeight.Count;

    /// <summary>4-digit 大类小类 codes; null or empty = all.</summary>
    public IReadOnlyList<string>? CategoryCodes { get; init; }

    /// <summary>complaint.source codes; null or empty = all.</summary>
    public IReadOnlyList<string>? Sources { get; init; }

    /// <summary>complaint.stage codes; null or empty = the open ones (zones.open_stages(): neither 结案 nor 作废, 挂账 included).</summary>
    public IReadOnlyList<string>? Stages { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    /// <summary>
    /// 所有未办结案卷 (issue #16 §5): every case still open by zones.complaint_is_open, whenever it was reported — the
    /// count complaints(open: true) and the complaint layer give — instead of the township's default period.
    /// </summary>
    public bool AllOpen { get; init; }

    /// <summary>The instant ages, overdue days and the default period are measured from.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>What is wrong with the request, in words a clerk can act on; null when it can be drawn.</summary>
    public string? Problem()
    {
        if (double.IsNaN(CellSizeM) || CellSizeM < MinCellSizeM || CellSizeM > MaxCellSizeM)
            return string.Create(CultureInfo.InvariantCulture,
                $"热力图格网大小应在 {MinCellSizeM}–{MaxCellSizeM} 米之间，收到 {CellSizeM}。请改用例如 200（镇区）或 1000（全县）。" +
                $"The cell size must be between {MinCellSizeM} and {MaxCellSizeM} metres; got {CellSizeM}.");
        if (From is { } f && To is { } t && t <= f)
            return $"时间范围无效：结束时间（{t:yyyy-MM-dd HH:mm}）应晚于开始时间（{f:yyyy-MM-dd HH:mm}）。The end of the period must be later than its start.";
        if (AllOpen && (From is not null || To is not null))
            return "「所有未办结案卷」不限上报时间，不能同时指定开始或结束时间（from / to）；要按时间统计请改选时段。" +
                   "allOpen counts every open case whenever reported; leave out from and to, or drop allOpen.";
        if (AllOpen && Stages?.FirstOrDefault(s => s is "closed" or "voided") is { } done)
            return $"「所有未办结案卷」只含未结案、未作废的案卷，环节不能选 {(done == "closed" ? "结案" : "作废")}。" +
                   "allOpen counts open cases only; stages may not include CLOSED or VOIDED.";
        if (Box is { } b && (b.IsNull || b.MinX < -180 || b.MaxX > 180 || b.MinY < -90 || b.MaxY > 90))
            return "区域范围应为 WGS84 经纬度（最小经度 ≤ 最大经度，经度 −180…180，纬度 −90…90）。The area must be given in WGS84 longitude/latitude.";
        return null;
    }
}
