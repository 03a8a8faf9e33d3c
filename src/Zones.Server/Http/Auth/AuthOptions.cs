namespace Zones.Server.Http.Auth;

/// <summary>
/// Sessions, sign-in limits and WebSocket origins, bound from <c>Zones:Auth</c>
/// (<c>Zones__Auth__*</c> variables). The defaults suit one county office.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Zones:Auth";

    /// <summary>
    /// How long a resolved session or API key is reused before the database is asked again. A sign-out,
    /// a disabled user, a changed password, role or scope count at once on every instance (the database
    /// announces them on the change bus); this is the bound for a change nobody announced. 0 asks every time.
    /// </summary>
    public int SessionCacheSeconds { get; set; } = 30;

    /// <summary>A cookie session ends after this many hours without use; a bearer token this many hours after sign-in.</summary>
    public double SessionHours { get; set; } = 12;

    /// <summary>
    /// Origins besides the server's own whose pages may open the <c>/graphql</c> WebSocket
    /// (e.g. <c>https://map.example.gov.cn</c>). Clients that send no Origin (scripts) are always allowed.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Failed sign-ins of one user name that start a lockout.</summary>
    public int MaxFailures { get; set; } = 5;

    /// <summary>Failed sign-ins from one address that start a lockout (higher: an office shares one address).</summary>
    public int AddressMaxFailures { get; set; } = 20;

    /// <summary>Failures further apart than this start the count afresh.</summary>
    public int FailureWindowMinutes { get; set; } = 15;

    /// <summary>Lengths of the first, second, third … lockout in minutes; the last repeats. Empty: 1, 5, 15, 60.</summary>
    public int[] LockoutMinutes { get; set; } = [];

    /// <summary>Sign-in attempts one address may make per minute, right or wrong (ASP.NET Core's rate limiter).</summary>
    public int SignInsPerMinute { get; set; } = 30;

    internal TimeSpan SessionLifetime => TimeSpan.FromHours(SessionHours);

    internal TimeSpan[] Lockouts => (LockoutMinutes.Length > 0 ? LockoutMinutes : [1, 5, 15, 60]).Select(m => TimeSpan.FromMinutes(m)).ToArray();
}
