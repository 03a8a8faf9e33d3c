namespace Zones.Server.Data.Complaints;

/// <summary>Which cases to list, newest report first. Every filter is optional.</summary>
/// <param name="PublicIds">Exactly the cases these public ids name (<c>zones.case_by_public_id</c>: a full
/// <c>township-case number</c> id, or a plain case number unique among <paramref name="Townships"/>).</param>
/// <param name="Services">Any of these categories, as (kind, code) pairs.</param>
/// <param name="Finished">true: 结案 or 作废 only; false: unfinished only.</param>
/// <param name="From">Reported at or after.</param>
/// <param name="To">Reported before.</param>
/// <param name="Townships">The townships to list from: the caller's readable ones (<c>RequestAccess.ReadableAsync</c>),
/// narrowed by a jurisdiction; cases of any other township are never listed, and without it nothing is.</param>
public sealed record ComplaintQuery(
    IReadOnlyList<string>? PublicIds = null, IReadOnlyList<(string Kind, string Code)>? Services = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, bool? Finished = null,
    string? Stage = null, int Limit = 100, int Offset = 0, IReadOnlyList<string>? Townships = null);
