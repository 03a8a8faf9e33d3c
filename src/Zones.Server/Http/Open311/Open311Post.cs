using Zones.Server.Data;
using Zones.Server.Data.Access;
using Zones.Server.Data.Auth;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Photos;

namespace Zones.Server.Http.Open311;

/// <summary>
/// <c>POST /requests</c>: a hotline system reports a case. The form (x-www-form-urlencoded, or multipart
/// with one picture as <c>media</c>) goes through the same intake as every report, with source
/// <c>open311</c>, so a duplicate is folded into the open case it repeats. The <c>api_key</c> (form, query
/// or <c>X-Api-Key</c>) must be a live hotline key; without one the answer is 403, as the spec's example.
/// </summary>
static class Open311Post
{
    /// <summary>What a POST needs from the container.</summary>
    public sealed record Services(ComplaintIntake Intake, UserStore Keys, TownshipAccess Access, JurisdictionStore Jurisdictions,
                                  Gazetteer Gazetteer, PhotoEncoder Encoder, PhotoStore Photos, PhotoOptions PhotoOptions,
                                  ComplaintFeed Feed, Data.Query.ListQuery Lists);

    public static async Task<IResult> CreateAsync(HttpContext http, string? format, [AsParameters] Services s, CancellationToken ct)
    {
        if (Open311Result.FormatOf(format) is not { } f)
            return Open311Result.UnsupportedFormat(format);
        if (!http.Request.HasFormContentType)
            return Open311Result.Error(415, "UNSUPPORTED_MEDIA_TYPE", "请以表单（application/x-www-form-urlencoded 或 multipart/form-data）提交。" +
                                                                     "POST the request as application/x-www-form-urlencoded or multipart/form-data.");
        var (form, status, problem) = await Open311Form.ReadAsync(http, s.PhotoOptions.MaxBytes, ct);
        if (form is null)
            return Open311Result.Error(status, status == 413 ? "REQUEST_TOO_LARGE" : "INVALID_FORM", problem!);
        var (actor, refusal) = await AuthenticateAsync(http, form, s.Keys, ct);
        if (actor is null)
            return Open311Result.Error(403, "API_KEY_REFUSED", refusal!);
        var jurisdiction = Open311Endpoint.Text(form["jurisdiction_id"]) ?? Open311Endpoint.Text(http.Request.Query["jurisdiction_id"]);
        var (townships, unknown) = await Open311Jurisdiction.ResolveAsync(jurisdiction, await s.Access.ReadableAsync(actor, ct), s.Jurisdictions, ct);
        if (unknown is not null)
            return unknown;
        if (Service(form) is not { } service)
            return Service(form, missing: true);
        if (Open311Endpoint.Text(form["email"]) is { } email && !email.Contains('@'))
            return Open311Result.Error(400, "INVALID_INPUT", $"email “{email}” 格式不正确。The email '{email}' is malformed.");
        var searched = jurisdiction is null ? await s.Access.WritableAsync(actor, ct) : townships!;
        var (place, where) = await Open311Location.ResolveAsync(form, searched, s.Gazetteer, ct);
        if (place is null)
            return Open311Result.Error(400, "LOCATION_NOT_FOUND", where!);
        var (photo, rejected) = await Open311Media.ReadAsync(form, s.Encoder, ct);
        if (rejected is not null)
            return Open311Result.Error(400, "INVALID_MEDIA", rejected);
        var result = await s.Intake.ReportComplaintAsync(Input(form, service, place), actor, (conn, tx, c, step) =>
            Open311Media.AlongsideAsync(conn, tx, c, jurisdiction is null ? null : townships, photo, s.Photos, actor, step), ct);
        if (result.Complaint is not { } c)
            return Open311Result.Error(StatusOf(result.Errors), result.Errors[0].Code, string.Join(" ", result.Errors.Select(e => e.Message)));
        // Hotline cases reach complaintChanged subscribers like cases reported through GraphQL.
        if ((await s.Lists.ByIdsAsync(Data.Query.Sources.Complaints, [c.Id], r => r.Id, ct)).GetValueOrDefault(c.Id) is { } row)
            s.Feed.Publish(row);
        return Open311Result.List(f, "service_requests", "request", [new Open311Fields
        {
            { "service_request_id", c.PublicId },
            { "service_notice", Notice(c, result.Folded) + Placed(place) },
            { "account_id", null },
        }]);
    }

    // GeoReport: a service_code that is not one of the jurisdiction's services is "not found" (404).
    static int StatusOf(IReadOnlyList<UserError> errors) => errors[0] switch
    {
        ForbiddenError => 403,
        UnknownCategoryError => 404,
        _ => 400,
    };

    static string Notice(Complaint c, bool folded) => folded
        ? $"已有 {c.ReporterCount} 人反映此问题，已并入案卷 {c.PublicId} 一并办理。{Open311Requests.Notice(c.Deadline)}" +
          $" {c.ReporterCount} people have reported this problem: the report joins request {c.PublicId}."
        : $"已受理，案卷号 {c.PublicId}。{Open311Requests.Notice(c.Deadline)}";

    // An address is placed on a name, not a door: say which, so the caller knows the point is approximate.
    static string Placed(Open311Place place) => place.Matched is { } name
        ? $" 按地址定位于{name}（未精确到门牌号），处置人员将到场核实。Located by address at {name}, not at the house number."
        : "";

    static (string Kind, string Code)? Service(IFormCollection form) =>
        ComplaintCategory.ParseServiceCode(Open311Endpoint.Text(form["service_code"]));

    static IResult Service(IFormCollection form, bool missing) => Open311Endpoint.Text(form["service_code"]) is { } code
        ? Open311Result.Error(404, "UNKNOWN_SERVICE", $"没有服务代码 {code}，应如 E0102、C0305。service_code {code} not found: codes look like E0102 or C0305; " +
                                                      $"see GET {Open311Endpoint.Root}/services.json.")
        : Open311Result.Error(400, "INVALID_INPUT", "service_code 为必填项。service_code is required.");

    static async Task<(Actor? Actor, string? Refusal)> AuthenticateAsync(HttpContext http, IFormCollection form, UserStore keys, CancellationToken ct)
    {
        var key = Open311Endpoint.Text(form["api_key"]) ?? Open311Endpoint.Text(http.Request.Headers["X-Api-Key"])
                  ?? Open311Endpoint.Text(http.Request.Query["api_key"]);
        if (key is null)
            return (null, "缺少 api_key：上报须使用热线接口密钥。api_key was not provided: submitting a service request needs a hotline api_key.");
        if (await keys.FindApiKeyAsync(key, ct) is not { } actor)
            return (null, "api_key 无效或已吊销。Invalid api_key received: it is unknown or revoked.");
        if (actor.Role is not (Roles.Hotline or Roles.Admin))
            return (null, $"该 api_key（角色 {actor.Role}）无权上报。This api_key (role {actor.Role}) may not submit service requests.");
        return (actor, null);
    }

    static ReportComplaintInput Input(IFormCollection form, (string Kind, string Code) service, Open311Place place)
    {
        string? T(string name) => Open311Endpoint.Text(form[name]);
        return new ReportComplaintInput(place.Lon, place.Lat, service.Kind, service.Code, Sources.Open311,
            T("description") ?? "（Open311 上报，未填写描述）", place.Address,
            ReporterName: Name(T("first_name"), T("last_name")), ReporterPhone: T("phone"),
            ReporterEmail: T("email"), MediaUrl: T("media_url"));
    }

    // Chinese names are written family name first (last_name + first_name, no space).
    static string? Name(string? first, string? last) => (first, last) switch
    {
        (null, null) => null,
        ({ } a, null) => a,
        (null, { } b) => b,
        ({ } a, { } b) => (a + b).Any(ch => ch >= '\u3400') ? b + a : $"{a} {b}",
    };
}
