using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Zones.Server.Http.Auth;

/// <summary>
/// What every response and request goes through first: the client's address and scheme from a
/// trusted reverse proxy (<c>Zones:Http:TrustedProxies</c>; then cookies are <c>Secure</c> behind
/// HTTPS), the security headers of <see cref="ContentSecurity"/>, and the refusal of an API key in
/// the URL outside Open311.
/// </summary>
static class HttpSecurity
{
    /// <summary>Addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/8</c>) of reverse proxies whose X-Forwarded-For/-Proto are believed.</summary>
    public const string TrustedProxiesKey = "Zones:Http:TrustedProxies";

    public static IServiceCollection AddZonesHttpSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(TrustedProxiesKey).Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies: the framework's default (loopback) would let any local process speak for a client.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
                if (proxy.Contains('/'))
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                else
                    o.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        return services;
    }

    public static WebApplication UseZonesHttpSecurity(this WebApplication app)
    {
        if (app.Configuration.GetSection(TrustedProxiesKey).Get<string[]>() is { Length: > 0 })
            app.UseForwardedHeaders();
        var headers = ContentSecurity.Headers(app.Configuration);
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                foreach (var (name, value) in headers)
                    http.Response.Headers.TryAdd(name, value);
                return Task.CompletedTask;
            });
            return http.Request.Query.ContainsKey(ApiKeyHandler.Parameter) && !ApiKeyHandler.TakesParameter(http.Request)
                ? ApiKeyInUrl(http)
                : next(http);
        });
        return app;
    }

    // Refused rather than ignored: a hotline integration that moved its key into the URL should
    // learn why it is suddenly anonymous, and the key should not sit in proxy logs any longer.
    static Task ApiKeyInUrl(HttpContext http) => HttpErrors.WriteAsync(http, StatusCodes.Status400BadRequest, "API_KEY_IN_URL",
        "api_key 不能放在网址中，请用请求头 X-Api-Key 传递（只有 Open311 接口接受 api_key 参数）。" +
        "Send the API key in the X-Api-Key header: only Open311 (/open311/v2) accepts an api_key parameter.");
}
