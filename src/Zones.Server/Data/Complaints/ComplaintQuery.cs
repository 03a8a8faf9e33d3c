namespace Zones.Server.Data.Complaints;

/// <summary>Which cases to list, newest report first. Every filter is optional.</summary>
/// <param name="CaseNumbers">Exactly these case numbers.</param>
/// <param name="Finished">true: 结案 or 作废 only; false: unfinished only.</param>
/// <param name="From">Reported at or after.</param>
/// <param name="To">Reported before.</param>
/// <param name="Townships">The caller's readable townships (<c>RequestAccess.ReadableAsync</c>); cases of any
/// other township are never listed, and without it nothing is.</param>
public sealed record ComplaintQuery(
    IReadOnlyList<string>? CaseNumbers = null, string? TownshipCode = null, string? CategoryKind = null,
    string? CategoryCode = null, DateTimeOffset? From = null, DateTimeOffset? To = null, bool? Finished = null,
    string? Stage = null, int Limit = 100, int Offset = 0, IReadOnlyList<string>? Townships = null);
