namespace Zones.Server.Data.Complaints;

/// <summary>
/// What intake needs to open a case. Coordinates are WGS84 / CGCS2000 lon/lat: the API layer
/// converts GCJ-02, BD-09 or projected input before it gets here.
/// </summary>
/// <param name="CategoryKind"><c>component</c> (部件) or <c>event</c> (事件).</param>
/// <param name="CategoryCode">4-digit class code, e.g. <c>0305</c>.</param>
/// <param name="Source">citizen, hotline_12345, inspection, assigned, media, open311.</param>
/// <param name="AssetId">The asset the case is about; when null, the nearest asset of the category's kind within the link distance is linked.</param>
/// <param name="ReportedAt">When the report was taken (a hotline forwarding a call); null = now. Never in the future.</param>
public sealed record ReportComplaintInput(
    double Lon, double Lat, string CategoryKind, string CategoryCode, string Source, string Description,
    string? Address = null, string Urgency = "normal", long? AssetId = null, string? ReporterName = null,
    string? ReporterPhone = null, string? ExternalId = null, string? ReporterEmail = null, string? MediaUrl = null,
    DateTimeOffset? ReportedAt = null);

/// <summary>The sources of <c>zones.complaint.source</c>.</summary>
public static class Sources
{
    public const string Citizen = "citizen";
    public const string Hotline12345 = "hotline_12345";
    public const string Inspection = "inspection";
    public const string Assigned = "assigned";
    public const string Media = "media";
    public const string Open311 = "open311";

    public static readonly string[] All = [Citizen, Hotline12345, Inspection, Assigned, Media, Open311];

    /// <summary>The source as the clerks say it: 群众, 12345热线 …</summary>
    public static string Chinese(string source) => source switch
    {
        Citizen => "群众", Hotline12345 => "12345热线", Inspection => "巡查", Assigned => "上级交办",
        Media => "媒体", Open311 => "Open311 接口", _ => source,
    };
}

/// <summary>
/// Extra input of some actions: the target of <c>dispatch</c> (a person, a unit, or a person and
/// their unit), the verdict of <c>verify</c>, the new deadline of <c>extend</c>.
/// </summary>
/// <param name="Passed">核查 verdict; false sends the case back to the same unit (返工).</param>
/// <param name="ReworkTo"><c>dispatched</c> (default: the unit must accept again) or <c>disposing</c>.</param>
/// <param name="PublicNote">公开答复 of any step: what the reporter and the public read (Open311 status_notes,
/// the resident status page), at most <see cref="PublicNoteMaxLength"/> characters. The note stays internal.</param>
public sealed record TransitionParameters(long? PersonId = null, long? UnitId = null, bool? Passed = null,
                                          string? ReworkTo = null, DateTimeOffset? NewDeadline = null, string? PublicNote = null)
{
    /// <summary>The longest 公开答复 (the column's check, migration 0028).</summary>
    public const int PublicNoteMaxLength = 1000;

    public static readonly TransitionParameters None = new();
}
