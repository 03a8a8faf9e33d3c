namespace Zones.Server.Data.Complaints;

/// <summary>
/// Settings of complaint intake and the workflow, bound from <c>Zones:Complaints</c>
/// (<c>Zones__Complaints__*</c> variables). Defaults are shared/DOMAIN.md §5.4.
/// </summary>
public sealed class ComplaintOptions
{
    public const string Section = "Zones:Complaints";

    /// <summary>Time zone of the working calendar (China has one, without daylight saving).</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Working periods of a working day, comma-separated <c>HH:mm-HH:mm</c>, in order.</summary>
    public string WorkingPeriods { get; set; } = "08:30-12:00,13:30-18:00";

    /// <summary>How far (metres) intake looks for an asset of the category's kind to link when none is given.</summary>
    public double AssetLinkMetres { get; set; } = 30;

    /// <summary>Per asset kind overrides of <see cref="AssetLinkMetres"/> (e.g. <c>toilet: 50</c>).</summary>
    public Dictionary<string, double> AssetLinkMetresByKind { get; set; } = [];

    /// <summary>受理 → 立案 → 派遣, bundled (福州: 1 工作小时).</summary>
    public decimal DispatchWorkHours { get; set; } = 1;

    /// <summary>责任单位签收: from 派遣 to the start of 处置 (福州: 1 工作小时).</summary>
    public decimal AcceptWorkHours { get; set; } = 1;

    /// <summary>核查 after 处置反馈 (project default: 1 工作日).</summary>
    public decimal VerifyWorkDays { get; set; } = 1;

    public double AssetLinkMetresFor(string assetKind) =>
        AssetLinkMetresByKind.TryGetValue(assetKind, out var m) ? m : AssetLinkMetres;

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IReadOnlyList<WorkingPeriod> Periods() => WorkingPeriod.ParseList(WorkingPeriods);
}
