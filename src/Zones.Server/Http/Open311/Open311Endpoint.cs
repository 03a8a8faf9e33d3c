using Microsoft.Extensions.Primitives;
using Zones.Server.Data.Complaints;
using Zones.Server.Http.Auth;

namespace Zones.Server.Http.Open311;

/// <summary>
/// Open311 GeoReport v2 under <c>/open311/v2</c>, for hotline (12345) systems and other 311 clients:
/// the service list (our 部件/事件 categories), service requests (our cases) and intake by POST.
/// Every path takes a <c>.json</c> or <c>.xml</c> suffix (none = JSON); errors are GeoReport error
/// lists. <c>jurisdiction_id</c> (<see cref="Open311Jurisdiction"/>) is honoured by every method, and
/// <c>/open311/discovery</c> says where all this is. Spec: https://wiki.open311.org/GeoReport_v2/
/// (shared/DOMAIN.md §3.1).
/// </summary>
public static class Open311Endpoint
{
    /// <summary>Everything Open311: the discovery document and the GeoReport v2 endpoint.</summary>
    public const string Prefix = "/open311";

    public const string Root = Prefix + "/v2";

    /// <summary>Maps the discovery document and the GeoReport v2 routes.</summary>
    public static IEndpointRouteBuilder MapOpen311(this IEndpointRouteBuilder app)
    {
        app.MapGet(Prefix + "/discovery.{format}", Open311Discovery.Document);
        var g = app.MapGroup(Root);
        foreach (var path in new[] { "/services", "/services.{format}" })
            g.MapGet(path, ServicesAsync);
        g.MapGet("/services/{code}", ServiceAsync);
        foreach (var path in new[] { "/requests", "/requests.{format}" })
        {
            g.MapGet(path, Open311Requests.ListAsync);
            g.MapPost(path, Open311Post.CreateAsync);
        }
        g.MapGet("/requests/{id}", Open311Requests.OneAsync);
        g.MapGet("/tokens/{token}", Open311Requests.TokenAsync);
        return app;
    }

    /// <summary>A trimmed parameter value, or null when it is missing or blank.</summary>
    internal static string? Text(StringValues value) => value.ToString() is { Length: > 0 } s && s.Trim() is { Length: > 0 } t ? t : null;

    static async Task<IResult> ServicesAsync(HttpContext http, string? format, CategoryStore categories, JurisdictionStore jurisdictions,
                                             CancellationToken ct)
    {
        if (Open311Result.FormatOf(format) is not { } f)
            return Open311Result.UnsupportedFormat(format);
        var (list, unknown) = await CategoriesAsync(http, categories, jurisdictions, ct);
        return unknown ?? Open311Result.List(f, "services", "service", list!.Select(Service));
    }

    static async Task<IResult> ServiceAsync(HttpContext http, string code, CategoryStore categories, JurisdictionStore jurisdictions,
                                            CancellationToken ct)
    {
        var (id, suffix) = Open311Result.SplitSuffix(code);
        if (Open311Result.FormatOf(suffix) is not { } f)
            return Open311Result.UnsupportedFormat(suffix);
        var (list, unknown) = await CategoriesAsync(http, categories, jurisdictions, ct);
        if (unknown is not null)
            return unknown;
        return list!.FirstOrDefault(c => string.Equals(c.ServiceCode, id, StringComparison.OrdinalIgnoreCase)) is { } found
            ? Open311Result.Object(f, "service_definition",
                new Open311Fields { { "service_code", found.ServiceCode }, { "attributes", Array.Empty<object>() } })
            : Open311Result.Error(StatusCodes.Status404NotFound, "UNKNOWN_SERVICE", UnknownService(id, list!));
    }

    // A township's own categories when the jurisdiction is one township; the shipped defaults otherwise
    // (a county's townships may differ, and without a jurisdiction no township is meant).
    static async Task<(List<ComplaintCategory>? List, IResult? Unknown)> CategoriesAsync(HttpContext http, CategoryStore categories,
        JurisdictionStore jurisdictions, CancellationToken ct)
    {
        var jurisdiction = Text(http.Request.Query["jurisdiction_id"]);
        var (townships, unknown) = await Open311Jurisdiction.ResolveAsync(jurisdiction, await http.Access().ReadableAsync(ct), jurisdictions, ct);
        if (unknown is not null)
            return (null, unknown);
        return (await categories.InForceAsync(jurisdiction is not null && townships!.Length == 1 ? townships[0] : null, ct), null);
    }

    internal static string UnknownService(string code, IEnumerable<ComplaintCategory> list) =>
        $"没有服务代码 {code}。可选：{string.Join(", ", list.Select(c => c.ServiceCode))}。" +
        $"service_code {code} not found; see GET {Root}/services.json for the list.";

    static Open311Fields Service(ComplaintCategory c) => new()
    {
        { "service_code", c.ServiceCode },
        { "service_name", c.Name },
        { "description", $"{c.Name}：处置时限 {c.Limit.ToChinese()}。Time limit: {c.Limit.ToEnglish()}." },
        { "metadata", false },
        { "type", "realtime" },
        { "keywords", $"{(c.Kind == ComplaintCategory.Component ? "部件" : "事件")},{c.GroupName}" },
        { "group", c.GroupName },
    };
}
