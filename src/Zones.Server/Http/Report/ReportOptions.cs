namespace Zones.Server.Http.Report;

/// <summary>
/// The abuse limits of the resident report page (<c>/report</c>), bound from <c>Zones:Report</c>
/// (<c>Zones__Report__*</c> variables). Counted in the database (<c>zones.report_attempt</c>), so every
/// server instance behind one load balancer shares them.
/// </summary>
public sealed class ReportOptions
{
    public const string Section = "Zones:Report";

    /// <summary>Reports one client address may send per window (an office or a school shares one address: not 1).</summary>
    public int ReportsPerAddress { get; set; } = 5;

    /// <summary>Reports one phone number may send per window.</summary>
    public int ReportsPerPhone { get; set; } = 3;

    /// <summary>Status look-ups one address may make per window: 4 phone digits are 10,000 guesses, so guessing stays hopeless.</summary>
    public int StatusLookupsPerAddress { get; set; } = 30;

    /// <summary>The window of every limit, in minutes.</summary>
    public int WindowMinutes { get; set; } = 60;

    /// <summary>Most photos one report may carry.</summary>
    public const int MaxPhotos = 3;

    internal TimeSpan Window => TimeSpan.FromMinutes(WindowMinutes);

    internal bool Valid => ReportsPerAddress > 0 && ReportsPerPhone > 0 && StatusLookupsPerAddress > 0 && WindowMinutes > 0;
}
