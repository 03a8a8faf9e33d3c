namespace Zones.Server.Data.Complaints;

/// <summary>
/// A case (案卷) as the API shows it: <c>zones.complaint</c> with the names the clients print
/// (category, zone, responsible person and unit) and the note of the last event.
/// </summary>
/// <remarks>
/// <see cref="FirstResponsiblePersonId"/>/<see cref="FirstResponsibleUnitId"/> are the 首问负责 party found
/// at intake and never change; <see cref="ResponsiblePersonId"/>/<see cref="ResponsibleUnitId"/> follow
/// dispatches. <see cref="Version"/> goes up by one with every transition (optimistic concurrency).
/// <see cref="IsOpen"/> is zones.complaint_is_open: neither 结案 nor 作废 (挂账 is open).
/// <see cref="ReporterCount"/>: the first reporter plus the reports folded into the case (并案) and not split out.
/// </remarks>
public sealed record Complaint(
    long Id, string TownshipCode, string CaseNumber, double Lon, double Lat,
    string CategoryKind, string CategoryCode, string? CategoryName,
    string Source, string Description, string? Address, string Urgency,
    long? AssetId, string? AssetIdentifier, long? ZoneId, string? ZoneName,
    long? FirstResponsiblePersonId, long? FirstResponsibleUnitId,
    long? ResponsiblePersonId, string? ResponsiblePersonName, long? ResponsibleUnitId, string? ResponsibleUnitName,
    string Stage, DateTimeOffset ReportedAt, DateTimeOffset? StageDeadline, DateTimeOffset? Deadline,
    DateTimeOffset? DisposedAt, DateTimeOffset? ClosedAt, DateTimeOffset UpdatedAt,
    int ReworkCount, int ExtensionCount, string? ReporterName, string? ReporterPhone, string? ExternalId,
    string? MediaUrl, int Version, string? LastNote, bool IsOpen, int ReporterCount = 1)
{
    /// <summary>The Open311 service code: kind letter + category code (<c>C0305</c>, <c>E0102</c>).</summary>
    public string ServiceCode => ComplaintCategory.ServiceCodeOf(CategoryKind, CategoryCode);

    /// <summary>
    /// The id the public knows the case by (Open311 <c>service_request_id</c>, the resident's receipt):
    /// <c>zones.public_case_id</c>, township code + case number, unique across the installation.
    /// </summary>
    public string PublicId { get; init; } = "";

    /// <summary>The latest 公开答复 (a step's public note), or null: the only handling note the public sees.</summary>
    public string? PublicNote { get; init; }
}

/// <summary>One step of a case's history (<c>zones.complaint_event</c>).</summary>
/// <param name="Actor">The login or key name recorded with the step (<c>system</c> for the server itself).</param>
/// <param name="ActorName">The person who took the step (the step's person, else the account's person), else the
/// account's display name; null for the system, API keys and names no account has (imported history).</param>
/// <param name="Note">The internal note (reason, remark): staff only.</param>
public sealed record ComplaintEvent(long Id, string Action, string? FromStage, string ToStage, string Actor,
                                    string? Note, DateTimeOffset? Deadline, DateTimeOffset At, string? ActorName = null)
{
    /// <summary>公开答复: what the step tells the reporter and the public (≤ 1000 characters), or null.</summary>
    public string? PublicNote { get; init; }
}

/// <summary>One 公开答复 of a case: when, the stage the step led to, and the note.</summary>
public sealed record PublicNote(DateTimeOffset At, string Stage, string Note);

/// <summary>
/// A category (部件/事件 class) with its time limit, as it applies in one township: the township's
/// own row wins over the shipped default.
/// </summary>
public sealed record ComplaintCategory(string Kind, string Code, string Name, string GroupName, string? AssetKind,
                                       TimeLimit Limit, string? TownshipCode)
{
    public const string Component = "component";
    public const string Event = "event";

    public string ServiceCode => ServiceCodeOf(Kind, Code);

    /// <summary>C (部件) or E (事件) + the 4-digit code, the prefix of case numbers too.</summary>
    public static string ServiceCodeOf(string kind, string code) => (kind == Component ? "C" : "E") + code;

    /// <summary>Splits <c>E0102</c> into (event, 0102); null when it is not such a code.</summary>
    public static (string Kind, string Code)? ParseServiceCode(string? serviceCode) =>
        serviceCode is { Length: 5 } s && (s[0] is 'C' or 'c' or 'E' or 'e') && s[1..].All(char.IsAsciiDigit)
            ? (s[0] is 'C' or 'c' ? Component : Event, s[1..])
            : null;
}
