using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Zones.Server.Data.Auth;

namespace Zones.Server.Http.Auth;

/// <summary>
/// <c>POST /auth/login</c> <c>{"username", "password", "mode": "cookie"|"bearer"}</c> signs in
/// (cookie by default; <c>bearer</c> answers with an access token); <c>POST /auth/logout</c>;
/// <c>GET /auth/me</c> says who is signed in.
/// </summary>
static class AuthEndpoint
{
    sealed record LoginRequest(string? Username, string? Password, string? Mode);

    public static IEndpointRouteBuilder MapZonesAuth(this IEndpointRouteBuilder app)
    {
        app.MapPost("/auth/login", LoginAsync);
        app.MapPost("/auth/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        });
        // Anonymous is an answer, not an error: 200 with signedIn false, so a public map page that asks
        // "who is this?" on every load does not log a failed request in the browser console.
        app.MapGet("/auth/me", (HttpContext http) => http.User.ToActor() is { } actor
            ? Results.Json(new { signedIn = true, username = actor.Name, role = actor.Role, personId = actor.PersonId, unitId = actor.UnitId }, JsonEncoding.Options)
            : Results.Json(new { signedIn = false }, JsonEncoding.Options));
        return app;
    }

    static async Task<IResult> LoginAsync(HttpContext http, UserStore users, CancellationToken ct)
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
        if (await users.SignInAsync(request.Username, request.Password, ct) is not { } user)
            return Problem(401, "INVALID_CREDENTIALS", "用户名或密码错误。Wrong username or password.");
        if (string.Equals(request.Mode, "bearer", StringComparison.OrdinalIgnoreCase))
        {
            // The bearer handler writes {tokenType, accessToken, expiresIn, refreshToken} itself.
            var scheme = BearerTokenDefaults.AuthenticationScheme;
            return Results.SignIn(AuthSetup.Principal(user.ToActor(), scheme), authenticationScheme: scheme);
        }
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                               AuthSetup.Principal(user.ToActor(), CookieAuthenticationDefaults.AuthenticationScheme));
        return Results.Json(new { username = user.Username, displayName = user.DisplayName, role = user.Role }, JsonEncoding.Options);
    }

    static IResult Problem(int status, string code, string description) =>
        Results.Json(new { code, description }, JsonEncoding.Options, statusCode: status);
}
