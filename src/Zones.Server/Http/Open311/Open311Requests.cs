using System.Globalization;
using Zones.Server.Data.Complaints;
using Zones.Server.Http.Auth;

namespace Zones.Server.Http.Open311;

/// <summary>
/// <c>GET /requests</c> and <c>GET /requests/{id}</c>: our cases as GeoReport service requests
/// (shared/DOMAIN.md §3.1 mapping). The service_request_id is the case number.
/// </summary>
static class Open311Requests
{
    public static async Task<IResult> ListAsync(HttpContext http, string? format, ComplaintStore store, TimeProvider clock,
                                                CancellationToken ct)
    {
        if (Open311Result.FormatOf(format) is not { } f)
            return Open311Result.UnsupportedFormat(format);
        var (query, error) = Open311Query.Parse(http.Request.Query, clock.GetUtcNow());
        return query is null
            ? Open311Result.Error(StatusCodes.Status400BadRequest, "INVALID_PARAMETER", error!)
            : Open311Result.List(f, "service_requests", "request", (await store.ListAsync(await ScopedAsync(http, query, ct), ct)).Select(Fields));
    }

    public static async Task<IResult> OneAsync(HttpContext http, string id, ComplaintStore store, CancellationToken ct)
    {
        var (caseNumber, suffix) = Open311Result.SplitSuffix(id);
        if (Open311Result.FormatOf(suffix) is not { } f)
            return Open311Result.UnsupportedFormat(suffix);
        var found = await store.ListAsync(await ScopedAsync(http, new ComplaintQuery([caseNumber],
            Open311Endpoint.Text(http.Request.Query["jurisdiction_id"]), Limit: 10), ct), ct);
        return found.Count == 0
            ? Open311Result.Error(StatusCodes.Status404NotFound, "NOT_FOUND", $"没有案卷 {caseNumber}。Service request {caseNumber} not found.")
            : Open311Result.List(f, "service_requests", "request", found.Select(Fields));
    }

    // Only the townships the caller may read: a case of any other township is a 404, as a missing one.
    static async Task<ComplaintQuery> ScopedAsync(HttpContext http, ComplaintQuery q, CancellationToken ct) =>
        q with { Townships = await http.Access().ReadableAsync(ct) };

    /// <summary>
    /// open until 结案 (作废 counts as closed too: nothing more will happen); expected_datetime is the
    /// current deadline (after any 延期); agency_responsible the responsible unit, else the person;
    /// status_notes the latest 公开答复 (a step's public note; internal notes never leave the staff).
    /// </summary>
    static Open311Fields Fields(Complaint c) => new()
    {
        { "service_request_id", c.CaseNumber },
        { "status", c.IsOpen ? "open" : "closed" },
        { "status_notes", c.PublicNote },
        { "service_name", c.CategoryName },
        { "service_code", c.ServiceCode },
        { "description", c.Description },
        { "agency_responsible", c.ResponsibleUnitName ?? c.ResponsiblePersonName },
        { "service_notice", Notice(c.Deadline) },
        { "requested_datetime", c.ReportedAt },
        { "updated_datetime", c.ClosedAt ?? c.UpdatedAt },
        { "expected_datetime", c.Deadline },
        { "address", c.Address },
        { "address_id", null },
        { "zipcode", null },
        { "lat", c.Lat },
        { "long", c.Lon },
        { "media_url", c.MediaUrl },
    };

    /// <summary>The promise made to the citizen (限时办结), in China time.</summary>
    public static string? Notice(DateTimeOffset? deadline)
    {
        if (deadline is not { } d)
            return null;
        var local = d.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return $"限时办结：请于 {local} 前办结。To be resolved by {local} (UTC+8).";
    }
}
