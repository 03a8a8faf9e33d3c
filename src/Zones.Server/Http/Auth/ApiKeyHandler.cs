using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Zones.Server.Data.Auth;
using Zones.Server.Http.Open311;

namespace Zones.Server.Http.Auth;

/// <summary>
/// Authenticates hotline systems by API key: the <c>X-Api-Key</c> header everywhere, and on
/// Open311 also the <c>api_key</c> query/form parameter its GeoReport v2 clients send. Elsewhere a
/// key in the URL would end up in proxy logs and browser history, so
/// <see cref="HttpSecurity"/> refuses it with 400.
/// </summary>
sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
                           UrlEncoder encoder, UserStore users, AuthCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string Parameter = "api_key";

    /// <summary>Whether <paramref name="request"/> may carry the key as a parameter (Open311 only).</summary>
    public static bool TakesParameter(HttpRequest request) => request.Path.StartsWithSegments(Open311Endpoint.Root);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[Header].ToString();
        if (key.Length == 0 && TakesParameter(Request))
            key = Request.Query[Parameter].ToString();
        if (key.Length == 0 && TakesParameter(Request) && Request.HasFormContentType)
            key = (await Request.ReadFormAsync(Context.RequestAborted))[Parameter].ToString();
        if (key.Length == 0)
            return AuthenticateResult.NoResult();
        var actor = await cache.GetAsync(AuthCache.ApiKey, key, ct => users.FindApiKeyAsync(key, ct), Context.RequestAborted);
        return actor is null
            ? AuthenticateResult.Fail("API key 无效或已吊销 (unknown or revoked API key).")
            : AuthenticateResult.Success(new AuthenticationTicket(AuthSetup.Principal(actor, SchemeName), SchemeName));
    }
}
