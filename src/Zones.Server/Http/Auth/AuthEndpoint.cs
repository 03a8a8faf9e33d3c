using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Zones.Server.Data.Auth;

namespace Zones.Server.Http.Auth;

/// <summary>
/// <c>POST /auth/login</c> <c>{"username", "password", "mode": "cookie"|"bearer"}</c> signs in
/// (cookie by default; <c>bearer</c> answers with an access token) and starts a server-side session;
/// <c>POST /auth/logout</c> ends it (cookie or bearer token alike); <c>GET /auth/me</c> says who is
/// signed in, with role and scope; <c>POST /auth/password</c> (<see cref="PasswordEndpoint"/>) changes one's own password.
/// A user whose password an admin set answers <c>mustChangePassword: true</c> (login, me; on a bearer
/// login the header <c>X-Zones-Must-Change-Password: true</c>, since the token body is the framework's).
/// </summary>
static class AuthEndpoint
{
    sealed record LoginRequest(string? Username, string? Password, string? Mode);

    public static IEndpointRouteBuilder MapZonesAuth(this IEndpointRouteBuilder app)
    {
        app.MapPost("/auth/login", LoginAsync).RequireRateLimiting(SignInLimit.Policy);
        app.MapPost("/auth/logout", LogoutAsync);
        app.MapPost("/auth/password", PasswordEndpoint.ChangeAsync).RequireRateLimiting(SignInLimit.Policy);
        // Anonymous is an answer, not an error: 200 with signedIn false, so a public map page that asks
        // "who is this?" on every load does not log a failed request in the browser console.
        app.MapGet("/auth/me", async (HttpContext http, UserStore users, CancellationToken ct) => http.User.ToActor() is { } actor
            ? Results.Json(new
            {
                signedIn = true, username = actor.Name, role = actor.Role, personId = actor.PersonId, unitId = actor.UnitId,
                township = actor.Within.TownshipCode, county = actor.Within.CountyCode,
                displayName = await users.DisplayNameAsync(actor.Name, ct) ?? actor.Name, mustChangePassword = actor.MustChangePassword,
            }, JsonEncoding.Options)
            : Results.Json(new { signedIn = false }, JsonEncoding.Options));
        return app;
    }

    static async Task<IResult> LoginAsync(HttpContext http, UserStore users, SignInThrottle throttle, CancellationToken ct)
    {
        LoginRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<LoginRequest>(JsonEncoding.Options, ct);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return Problem(400, "BAD_REQUEST", "请求格式错误：应为 JSON {\"username\", \"password\"}。The body must be JSON {\"username\", \"password\"}.");
        }
        if (string.IsNullOrEmpty(request?.Username) || string.IsNullOrEmpty(request.Password))
            return Problem(400, "BAD_REQUEST", "请填写用户名和密码。Username and password are required.");
        // The name is a key of the sign-in failure log: refused before it reaches an index (issue #10 §6).
        if (UsernameProblem(request.Username) is { } bad)
            return Problem(400, "BAD_REQUEST", bad);
        if (await throttle.LockedAsync(http, request.Username, ct) is { } wait)
            return SignInThrottle.TooMany(http, wait);
        if (await users.SignInAsync(request.Username, request.Password, ct) is not { } user)
            return await throttle.FailedAsync(http, request.Username, ct) is { } locked
                ? SignInThrottle.TooMany(http, locked)
                : Problem(401, "INVALID_CREDENTIALS", "用户名或密码错误。Wrong username or password.");
        await throttle.SucceededAsync(request.Username, ct);
        return await StartSessionAsync(http, user, string.Equals(request.Mode, "bearer", StringComparison.OrdinalIgnoreCase), ct);
    }

    static async Task<IResult> StartSessionAsync(HttpContext http, AppUser user, bool bearer, CancellationToken ct)
    {
        var sessions = http.RequestServices.GetRequiredService<SessionStore>();
        var lifetime = http.RequestServices.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue.SessionLifetime;
        var token = await sessions.CreateAsync(user.Id, bearer ? SessionStore.Bearer : SessionStore.Cookie, lifetime,
                                               SignInThrottle.AddressOf(http), http.Request.Headers.UserAgent.ToString(), ct);
        // The bearer handler writes {tokenType, accessToken, expiresIn, refreshToken} itself.
        if (bearer && user.MustChangePassword)
            http.Response.Headers["X-Zones-Must-Change-Password"] = "true";
        if (bearer)
            return Results.SignIn(AuthSetup.SessionPrincipal(token, BearerTokenDefaults.AuthenticationScheme),
                                  authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                               AuthSetup.SessionPrincipal(token, CookieAuthenticationDefaults.AuthenticationScheme));
        return Results.Json(new { username = user.Username, displayName = user.DisplayName, role = user.Role, mustChangePassword = user.MustChangePassword },
                            JsonEncoding.Options);
    }

    /// <summary>Ends the request's session on the server, so the cookie or token is refused from now on even if replayed.</summary>
    static async Task<IResult> LogoutAsync(HttpContext http, SessionStore sessions, AuthCache cache, CancellationToken ct)
    {
        if (http.User.FindFirstValue(ZonesClaims.Session) is { } token)
        {
            await sessions.RevokeAsync(token, ct);
            cache.Forget(AuthCache.Session, token);
        }
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.NoContent();
    }

    const int MaxUsernameLength = 128;

    static string? UsernameProblem(string username) => RequestText.Problem("username", username)
        ?? (username.Length > MaxUsernameLength
            ? $"用户名最长 {MaxUsernameLength} 个字符。A username has at most {MaxUsernameLength} characters."
            : null);

    static IResult Problem(int status, string code, string description) => HttpErrors.Result(status, code, description);
}
