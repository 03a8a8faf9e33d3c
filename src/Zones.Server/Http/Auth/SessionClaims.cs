using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Zones.Server.Data.Auth;

namespace Zones.Server.Http.Auth;

/// <summary>
/// Turns the session token a cookie or bearer token carries into the actor as the database knows it
/// now (ASP.NET Core runs every <see cref="IClaimsTransformation"/> on each successful
/// authentication, whichever scheme): a revoked or expired session, or a disabled user, makes the
/// request anonymous; a changed role or scope shows at once (after <see cref="AuthCache"/>).
/// </summary>
sealed class SessionClaims(SessionStore sessions, AuthCache cache, IOptionsMonitor<AuthOptions> options,
                           IHttpContextAccessor http) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        // API keys are looked up by their own handler; an unauthenticated principal has nothing to resolve.
        if (principal.Identity is not { IsAuthenticated: true, AuthenticationType: { } type } || type == ApiKeyHandler.SchemeName)
            return principal;
        // A ticket without a session (issued before sessions existed) is not honoured.
        if (principal.FindFirstValue(ZonesClaims.Session) is not { } token)
            return new ClaimsPrincipal(new ClaimsIdentity());
        var ct = http.HttpContext?.RequestAborted ?? CancellationToken.None;
        var actor = await cache.GetAsync(AuthCache.Session, token,
                                         c => sessions.ResolveAsync(token, options.CurrentValue.SessionLifetime, c), ct);
        return actor is null ? new ClaimsPrincipal(new ClaimsIdentity()) : AuthSetup.Principal(actor, type, token);
    }
}
