using Microsoft.Extensions.DependencyInjection.Extensions;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Report;
using Zones.Server.Spatial;

namespace Zones.Server.Http.Report;

/// <summary>
/// The resident report page's API under <c>/api/report</c> (issue #14 §1): anonymous by design — a resident has
/// no account — and held off by the database-kept rate limits of <see cref="ReportOptions"/>. The page itself
/// (<c>/report</c>, <c>/report/status</c>) is served by <see cref="StaticSite"/>.
/// </summary>
public static class ReportEndpoint
{
    public const string Root = "/api/report";

    /// <summary>Registers the report services and <see cref="ReportOptions"/>.</summary>
    public static IServiceCollection AddZonesResidentReports(this IServiceCollection s)
    {
        s.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section)
            .Validate(o => o.Valid, "Zones:Report is invalid: every limit and the window must be positive.").ValidateOnStart();
        s.TryAddSingleton<ReportThrottleStore>();
        s.TryAddSingleton<ReportPlaceStore>();
        s.TryAddSingleton<ReportCaseStore>();
        s.TryAddSingleton<ReportReceipts>();
        s.TryAddSingleton<ReportPost>();
        s.TryAddSingleton<ReportStatus>();
        return s;
    }

    /// <summary>Maps <c>GET categories</c>, <c>POST</c> (a report) and <c>GET status</c>.</summary>
    public static IEndpointRouteBuilder MapResidentReports(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(Root);
        g.MapGet("/categories", CategoriesAsync);
        g.MapPost("", (HttpContext http, ReportPost post, CancellationToken ct) => post.CreateAsync(http, ct));
        g.MapGet("/status", (HttpContext http, string? id, string? phone4, ReportStatus status, CancellationToken ct) =>
            status.GetAsync(http, id, phone4, ct));
        return app;
    }

    /// <summary>
    /// The page's short list of categories at a point (<c>lon</c>, <c>lat</c>, <c>crs</c> WGS84 or GCJ02): those in
    /// force in the township there, with its time limits and its name; the shipped defaults without a point or
    /// outside every township (the report will then be refused with the nearest zone named).
    /// </summary>
    static async Task<IResult> CategoriesAsync(double? lon, double? lat, string? crs, ReportPlaceStore places, CategoryStore categories,
                                               CancellationToken ct)
    {
        ReportPlace? place = null;
        object? at = null;
        if (lon is { } x && lat is { } y && double.IsFinite(x) && double.IsFinite(y) && Math.Abs(x) <= 180 && Math.Abs(y) <= 90)
        {
            var (wLon, wLat) = string.Equals(crs, "GCJ02", StringComparison.OrdinalIgnoreCase) ? CrsConvert.ToWgs84(x, y, Crs.Gcj02) : (x, y);
            place = await places.AtAsync(wLon, wLat, ct);
            at = new { lon = wLon, lat = wLat };
        }
        var list = ResidentCategories.Of(await categories.InForceAsync(place?.TownshipCode, ct));
        // `at`: the point in WGS84, so the page marks a GCJ-02 position where it really is on its WGS84 map.
        return Results.Json(new { township = place?.TownshipName, zone = place?.ZoneName, at, categories = list }, JsonEncoding.Options);
    }
}
