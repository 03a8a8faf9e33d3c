using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Zones.Server.Data.Auth;

namespace Zones.Server.Http.Auth;

/// <summary>
/// Authenticates hotline systems by API key: the <c>X-Api-Key</c> header, or the <c>api_key</c>
/// query/form parameter that Open311 GeoReport v2 clients send.
/// </summary>
sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
                           UrlEncoder encoder, UserStore users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Scheme = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string Parameter = "api_key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[Header].ToString();
        if (key.Length == 0)
            key = Request.Query[Parameter].ToString();
        if (key.Length == 0 && Request.HasFormContentType)
            key = (await Request.ReadFormAsync(Context.RequestAborted))[Parameter].ToString();
        if (key.Length == 0)
            return AuthenticateResult.NoResult();
        var actor = await users.FindApiKeyAsync(key, Context.RequestAborted);
        return actor is null
            ? AuthenticateResult.Fail("API key 无效或已吊销 (unknown or revoked API key).")
            : AuthenticateResult.Success(new AuthenticationTicket(AuthSetup.Principal(actor, Scheme), Scheme));
    }
}
