using Microsoft.Extensions.Options;

namespace Zones.Server.Http;

/// <summary><c>/map-config.json</c>: what the map client needs from configuration (title, base maps).</summary>
static class MapConfigEndpoint
{
    public static IEndpointRouteBuilder MapMapConfig(this IEndpointRouteBuilder app)
    {
        // Bound and checked here, at start, rather than per request: a wrong tile URL stops the
        // server with the setting's name (BaseMapList) instead of leaving clerks a blank map.
        var configuration = app.ServiceProvider.GetRequiredService<IConfiguration>();
        var mapOptions = configuration.GetSection(MapOptions.Section).Get<MapOptions>() ?? new MapOptions();
        var zonesOptions = app.ServiceProvider.GetRequiredService<IOptions<ZonesOptions>>().Value;
        var (baseMaps, defaultBaseMap) = BaseMapList.Build(mapOptions, zonesOptions);
        var phonePositionCrs = mapOptions.CheckedPhonePositionCrs();

        app.MapGet("/map-config.json", (IOptions<ZonesOptions> options) =>
        {
            var o = options.Value;
            return Results.Json(new
            {
                title = o.Title,
                baseMaps = baseMaps.Select(m => new { id = m.Id, name = m.Name, urls = m.Urls, attribution = m.Attribution, maxZoom = m.MaxZoom }),
                defaultBaseMap,
                // Kept for clients built before baseMaps existed; baseMaps includes this one.
                baseMapUrl = string.IsNullOrWhiteSpace(o.BaseMapUrl) ? null : o.BaseMapUrl,
                baseMapAttribution = o.BaseMapAttribution,
                center = (double[]?)null,
                zoom = (int?)null,
                phonePositionCrs,
            }, JsonEncoding.Options);
        });
        return app;
    }
}
