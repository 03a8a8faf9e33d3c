using Microsoft.AspNetCore.Authentication;

namespace Zones.Server.Http.Auth;

/// <summary>
/// Whether the sign-in that opened a long-lived connection (a <c>/graphql</c> WebSocket) still holds:
/// the request's credentials are authenticated again, through the same session resolution as every
/// request (<see cref="SessionClaims"/>, cached <see cref="AuthOptions.SessionCacheSeconds"/>), so a
/// sign-out, a disabled user or a revoked key also ends what an open socket pushes.
/// </summary>
static class SessionCheck
{
    public static async Task<bool> StillSignedInAsync(HttpContext http)
    {
        if (http.User.ToActor() is not { } opened)
            return true; // anonymous from the start: nothing to end
        var now = await http.AuthenticateAsync();
        return now.Principal?.ToActor() is { } actor && actor.Name == opened.Name;
    }
}
