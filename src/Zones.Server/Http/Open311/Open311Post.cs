using System.Globalization;
using Zones.Server.Data;
using Zones.Server.Data.Auth;
using Zones.Server.Data.Complaints;

namespace Zones.Server.Http.Open311;

/// <summary>
/// <c>POST /requests</c>: a hotline system reports a case. The form (x-www-form-urlencoded or
/// multipart) maps onto the same intake as the GraphQL API, with source <c>open311</c>; the
/// <c>api_key</c> (form, query or <c>X-Api-Key</c>) must be a live hotline key.
/// </summary>
static class Open311Post
{
    public static async Task<IResult> CreateAsync(HttpContext http, string? format, ComplaintIntake intake, UserStore keys,
                                                  ComplaintFeed feed, Data.Query.ListQuery lists, CancellationToken ct)
    {
        if (Open311Result.FormatOf(format) is not { } f)
            return Open311Result.UnsupportedFormat(format);
        if (!http.Request.HasFormContentType)
            return Open311Result.Error(415, "UNSUPPORTED_MEDIA_TYPE", "请以表单（application/x-www-form-urlencoded）提交。POST the request as application/x-www-form-urlencoded.");
        var (form, status, problem) = await Open311Form.ReadAsync(http, ct);
        if (form is null)
            return Open311Result.Error(status, status == 413 ? "REQUEST_TOO_LARGE" : "INVALID_FORM", problem!);
        var (actor, refusalStatus, refusal) = await AuthenticateAsync(http, form, keys, ct);
        if (actor is null)
            return Open311Result.Error(refusalStatus, refusalStatus == 401 ? "API_KEY_REQUIRED" : "FORBIDDEN", refusal!);
        var (input, error) = Input(form);
        if (input is null)
            return Open311Result.Error(400, "INVALID_INPUT", error!);
        var result = await intake.ReportComplaintAsync(input, actor, ct);
        if (result.Complaint is not { } c)
            return Open311Result.Error(result.Errors.Any(e => e is ForbiddenError) ? 403 : 400, result.Errors[0].Code,
                                       string.Join(" ", result.Errors.Select(e => e.Message)));
        // Hotline cases reach complaintChanged subscribers like cases reported through GraphQL.
        if ((await lists.ByIdsAsync(Data.Query.Sources.Complaints, [c.Id], r => r.Id, ct)).GetValueOrDefault(c.Id) is { } row)
            feed.Publish(row);
        return Open311Result.List(f, "service_requests", "request", [new Open311Fields
        {
            { "service_request_id", c.CaseNumber },
            { "service_notice", $"已受理，案卷号 {c.CaseNumber}。{Open311Requests.Notice(c.Deadline)}" },
            { "account_id", null },
        }]);
    }

    static async Task<(Actor? Actor, int Status, string? Refusal)> AuthenticateAsync(HttpContext http, IFormCollection form,
                                                                                     UserStore keys, CancellationToken ct)
    {
        var key = Open311Endpoint.Text(form["api_key"]) ?? Open311Endpoint.Text(http.Request.Headers["X-Api-Key"])
                  ?? Open311Endpoint.Text(http.Request.Query["api_key"]);
        if (key is null)
            return (null, 401, "缺少 api_key：上报须使用热线接口密钥。api_key is required to submit a service request.");
        if (await keys.FindApiKeyAsync(key, ct) is not { } actor)
            return (null, 401, "api_key 无效或已吊销。The api_key is unknown or revoked.");
        if (actor.Role is not (Roles.Hotline or Roles.Admin))
            return (null, 403, $"该 api_key（角色 {actor.Role}）无权上报。This api_key (role {actor.Role}) may not submit service requests.");
        return (actor, 200, null);
    }

    static (ReportComplaintInput? Input, string? Error) Input(IFormCollection form)
    {
        string? T(string name) => Open311Endpoint.Text(form[name]);
        if (T("service_code") is not { } code)
            return (null, "service_code 为必填项。service_code is required.");
        if (ComplaintCategory.ParseServiceCode(code) is not var (kind, number))
            return (null, $"没有服务代码 {code}，应如 E0102、C0305。service_code {code} not found: codes look like E0102 or C0305.");
        if (T("lat") is null || T("long") is null)
            return (null, "lat 和 long 为必填项（本接口不能仅凭 address_string 定位）。lat and long (WGS84) are required: " +
                          "this endpoint cannot locate a request from address_string or address_id alone.");
        if (!double.TryParse(T("lat"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(T("long"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            return (null, $"lat/long 须为十进制度数（收到 {T("lat")}, {T("long")}）。lat and long must be decimal degrees.");
        if (T("email") is { } email && !email.Contains('@'))
            return (null, $"email “{email}” 格式不正确。The email '{email}' is malformed.");
        return (new ReportComplaintInput(lon, lat, kind, number, Sources.Open311,
                    T("description") ?? "（Open311 上报，未填写描述）", T("address_string"),
                    ReporterName: Name(T("first_name"), T("last_name")), ReporterPhone: T("phone"),
                    ReporterEmail: T("email"), MediaUrl: T("media_url")), null);
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
