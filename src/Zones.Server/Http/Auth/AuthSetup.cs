using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Zones.Server.Data;

namespace Zones.Server.Http.Auth;

/// <summary>
/// Sign-in from the shared framework: a cookie for the browser, a bearer token for scripts and
/// GraphQL clients, an API key (<c>X-Api-Key</c> header; on Open311 also <c>api_key</c>) for hotline
/// systems. One policy scheme picks the right one per request. Cookie and bearer token carry only a
/// session token; <see cref="SessionClaims"/> resolves it against the database on every request.
/// </summary>
static class AuthSetup
{
    public const string Scheme = "Zones";

    public static IServiceCollection AddZonesAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        services.AddSingleton<Data.Auth.UserStore>();
        services.AddSingleton<Data.Auth.SessionStore>();
        services.AddSingleton<Data.Auth.SignInFailureStore>();
        services.AddSingleton<Data.Auth.AccountChanges>();
        services.AddSingleton<Data.Admin.TownshipStore>();
        services.AddSingleton<Data.Admin.AccountStore>();
        services.AddSingleton<AuthCache>();
        services.AddZonesKeyRing();   // one Data Protection key ring in the database: cookies valid on every instance
        services.AddSingleton<SignInThrottle>();
        services.AddHttpContextAccessor();
        services.AddTransient<IClaimsTransformation, SessionClaims>();
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie, bearer token or API key", o => o.ForwardDefaultSelector = Select)
            .AddCookie(o =>
            {
                o.Cookie.Name = "zones.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the request came over HTTPS (as the trusted proxy says, see HttpSecurity).
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                // An API answers 401/403; it never redirects to a login page.
                o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = 401; return Task.CompletedTask; };
                o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = 403; return Task.CompletedTask; };
            })
            .AddBearerToken()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null);
        // Both last AuthOptions.SessionHours, like the server-side session behind them.
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((o, auth) => o.ExpireTimeSpan = auth.Value.SessionLifetime);
        services.AddOptions<BearerTokenOptions>(BearerTokenDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((o, auth) => o.BearerTokenExpiration = auth.Value.SessionLifetime);
        services.AddAuthorization();
        services.AddZonesSignInLimit();
        return services;
    }

    static string Select(HttpContext http)
    {
        if (http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return BearerTokenDefaults.AuthenticationScheme;
        if (http.Request.Headers.ContainsKey(ApiKeyHandler.Header)
            || (ApiKeyHandler.TakesParameter(http.Request) && http.Request.Query.ContainsKey(ApiKeyHandler.Parameter)))
            return ApiKeyHandler.SchemeName;
        return CookieAuthenticationDefaults.AuthenticationScheme;
    }

    /// <summary>What a cookie or bearer token carries: the session token and nothing else.</summary>
    public static ClaimsPrincipal SessionPrincipal(string session, string authenticationType) =>
        new(new ClaimsIdentity([new Claim(ZonesClaims.Session, session)], authenticationType));

    /// <summary>
    /// The claims every sign-in method resolves to, so the rest of the server sees one shape
    /// (<paramref name="session"/>: the session token, kept so sign-out can end it).
    /// </summary>
    public static ClaimsPrincipal Principal(Actor actor, string authenticationType, string? session = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, actor.Name), new(ClaimTypes.Role, actor.Role) };
        if (session is not null)
            claims.Add(new Claim(ZonesClaims.Session, session));
        if (actor.PersonId is { } person)
            claims.Add(new Claim(ZonesClaims.PersonId, person.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (actor.UnitId is { } unit)
            claims.Add(new Claim(ZonesClaims.UnitId, unit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (actor.Within.TownshipCode is { } township)
            claims.Add(new Claim(ZonesClaims.Township, township));
        if (actor.Within.CountyCode is { } county)
            claims.Add(new Claim(ZonesClaims.County, county));
        if (actor.MustChangePassword)
            claims.Add(new Claim(ZonesClaims.MustChangePassword, "true"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }
}

/// <summary>Claim names of our own, and the way back from claims to an <see cref="Actor"/>.</summary>
public static class ZonesClaims
{
    public const string PersonId = "zones:person_id";
    public const string UnitId = "zones:unit_id";
    public const string Township = "zones:township";
    public const string County = "zones:county";
    public const string MustChangePassword = "zones:must_change_password";
    public const string Session = "zones:session";

    /// <summary>The signed-in actor, or null for an anonymous request.</summary>
    public static Actor? ToActor(this ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.Identity.Name is not { } name)
            return null;
        static long? Id(ClaimsPrincipal u, string type) => long.TryParse(u.FindFirstValue(type), out var v) ? v : null;
        return new Actor(name, user.FindFirstValue(ClaimTypes.Role) ?? Roles.Viewer, Id(user, PersonId), Id(user, UnitId),
                         new ActorScope(user.FindFirstValue(Township), user.FindFirstValue(County)),
                         user.FindFirstValue(MustChangePassword) == "true");
    }
}
