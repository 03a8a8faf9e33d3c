using Microsoft.Extensions.Options;

namespace Zones.Server.Http.Auth;

/// <summary>
/// Who may open a WebSocket: browsers send the page's <c>Origin</c>, and a page of another site
/// must not open a subscription that rides on our user's cookie (cross-site WebSocket hijacking:
/// SameSite does not cover every case, e.g. a sibling subdomain). Same origin, or an entry of
/// <see cref="AuthOptions.AllowedOrigins"/>; a client without an Origin header is not a browser and may.
/// </summary>
static class WebSocketOrigin
{
    public static bool IsAllowed(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
            return true;
        if (Normalise(origin) is not { } asked)
            return false;   // "null" (sandboxed frames, file: pages) or garbage
        if (asked == Normalise($"{http.Request.Scheme}://{http.Request.Host}"))
            return true;
        var allowed = http.RequestServices.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue.AllowedOrigins;
        return allowed.Any(a => Normalise(a) == asked);
    }

    /// <summary>scheme://host[:port] in lower case, default port left out, as browsers write Origin.</summary>
    static string? Normalise(string origin) =>
        Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant()
            : null;
}
