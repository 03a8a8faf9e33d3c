using System.Globalization;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Photos;
using Zones.Server.Http.Auth;

namespace Zones.Server.Http.Open311;

/// <summary>
/// <c>GET /requests</c>, <c>GET /requests/{id}</c> and <c>GET /tokens/{token}</c>: our cases as GeoReport
/// service requests (shared/DOMAIN.md §3.1 mapping), within the jurisdiction and the caller's readable
/// townships. The service_request_id is the public id (<c>zones.public_case_id</c>: township code + case
/// number, unique across the installation); a plain case number is still found when it is unique.
/// </summary>
static class Open311Requests
{
    public static async Task<IResult> ListAsync(HttpContext http, string? format, ComplaintStore store, JurisdictionStore jurisdictions,
                                                PhotoStore photos, TimeProvider clock, CancellationToken ct)
    {
        if (Open311Result.FormatOf(format) is not { } f)
            return Open311Result.UnsupportedFormat(format);
        var (townships, unknown) = await TownshipsAsync(http, jurisdictions, ct);
        if (unknown is not null)
            return unknown;
        var (query, error) = Open311Query.Parse(http.Request.Query, clock.GetUtcNow());
        if (query is null)
            return Open311Result.Error(StatusCodes.Status400BadRequest, "INVALID_PARAMETER", error!);
        var found = await store.ListAsync(query with { Townships = townships }, ct);
        return Open311Result.List(f, "service_requests", "request", await FieldsAsync(http, found, photos, ct));
    }

    public static async Task<IResult> OneAsync(HttpContext http, string id, ComplaintStore store, JurisdictionStore jurisdictions,
                                               PhotoStore photos, CancellationToken ct)
    {
        var (publicId, suffix) = Open311Result.SplitSuffix(id);
        if (Open311Result.FormatOf(suffix) is not { } f)
            return Open311Result.UnsupportedFormat(suffix);
        var (townships, unknown) = await TownshipsAsync(http, jurisdictions, ct);
        if (unknown is not null)
            return unknown;
        var found = await store.ListAsync(new ComplaintQuery([publicId], Limit: 1, Townships: townships), ct);
        return found.Count == 0
            ? await NotFoundAsync(publicId, townships!, store, ct)
            : Open311Result.List(f, "service_requests", "request", await FieldsAsync(http, found, photos, ct));
    }

    /// <summary>
    /// GeoReport's token lookup. Every request is created in real time and answered with its id, so a
    /// token is that id: a client that polls with it gets the id back (or 404, as for any unknown token).
    /// </summary>
    public static async Task<IResult> TokenAsync(HttpContext http, string token, ComplaintStore store, JurisdictionStore jurisdictions,
                                                 CancellationToken ct)
    {
        var (value, suffix) = Open311Result.SplitSuffix(token);
        if (Open311Result.FormatOf(suffix) is not { } f)
            return Open311Result.UnsupportedFormat(suffix);
        var (townships, unknown) = await TownshipsAsync(http, jurisdictions, ct);
        if (unknown is not null)
            return unknown;
        var found = await store.ListAsync(new ComplaintQuery([value], Limit: 1, Townships: townships), ct);
        return found.Count == 0
            ? Open311Result.Error(StatusCodes.Status404NotFound, "NOT_FOUND", $"没有令牌 {value}。Token {value} not found.")
            : Open311Result.List(f, "service_requests", "request", found.Select(c => new Open311Fields
                { { "service_request_id", c.PublicId }, { "token", value } }));
    }

    static async Task<(string[]? Townships, IResult? Unknown)> TownshipsAsync(HttpContext http, JurisdictionStore jurisdictions, CancellationToken ct) =>
        await Open311Jurisdiction.ResolveAsync(Open311Endpoint.Text(http.Request.Query["jurisdiction_id"]),
                                               await http.Access().ReadableAsync(ct), jurisdictions, ct);

    // A plain case number that several townships share names none of them: say which full ids exist.
    static async Task<IResult> NotFoundAsync(string id, string[] townships, ComplaintStore store, CancellationToken ct)
    {
        var holders = await store.PublicIdsOfAsync(id, townships, ct);
        return Open311Result.Error(StatusCodes.Status404NotFound, "NOT_FOUND", holders.Count > 1
            ? $"案卷号 {id} 在 {holders.Count} 个乡镇都有，请用完整编号：{string.Join("、", holders)}。" +
              $"Case number {id} exists in {holders.Count} townships: ask for one of {string.Join(", ", holders)}."
            : $"没有案卷 {id}。Service request {id} not found.");
    }

    // One statement for the photos of the whole page; a stored report photo is the media_url when the reporter sent no link.
    static async Task<IEnumerable<Open311Fields>> FieldsAsync(HttpContext http, List<Complaint> cases, PhotoStore photos, CancellationToken ct)
    {
        var stored = cases.Count == 0 ? null : await photos.ForComplaintsAsync([.. cases.Select(c => (c.TownshipCode, c.Id))], ct);
        return cases.Select(c => Fields(c, c.MediaUrl ?? PhotoUrl(http, c, stored?[c.Id])));
    }

    static string? PhotoUrl(HttpContext http, Complaint c, IEnumerable<CasePhoto>? photos) =>
        photos?.FirstOrDefault(p => p.Phase == PhotoPhases.Report && PhotoVisibility.IsPublicPhase(p.Phase, c.Stage)) is { } photo
            ? $"{http.Request.Scheme}://{http.Request.Host}{photo.Url}"
            : null;

    /// <summary>
    /// open until 结案 (作废 counts as closed too: nothing more will happen); expected_datetime is the
    /// current deadline (after any 延期); agency_responsible the responsible unit, else the person;
    /// status_notes the latest 公开答复 (a step's public note; internal notes never leave the staff).
    /// </summary>
    static Open311Fields Fields(Complaint c, string? mediaUrl) => new()
    {
        { "service_request_id", c.PublicId },
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
        { "media_url", mediaUrl },
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
