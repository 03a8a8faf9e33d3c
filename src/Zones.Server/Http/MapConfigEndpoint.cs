using Microsoft.Extensions.Options;

namespace Zones.Server.Http;

/// <summary><c>/map-config.json</c>: what the map client needs from configuration (title, optional base map).</summary>
static class MapConfigEndpoint
{
    public static IEndpointRouteBuilder MapMapConfig(this IEndpointRouteBuilder app)
    {
        app.MapGet("/map-config.json", (IOptions<ZonesOptions> options) =>
        {
            var o = options.Value;
            return Results.Json(new
            {
                title = o.Title,
                baseMapUrl = string.IsNullOrWhiteSpace(o.BaseMapUrl) ? null : o.BaseMapUrl,
                baseMapAttribution = o.BaseMapAttribution,
                center = (double[]?)null,
                zoom = (int?)null,
            }, JsonEncoding.Options);
        });
        return app;
    }
}
