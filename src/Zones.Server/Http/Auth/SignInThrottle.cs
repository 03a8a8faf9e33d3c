using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Zones.Server.Data.Auth;

namespace Zones.Server.Http.Auth;

/// <summary>
/// The growing lockout after failed sign-ins, per user name and per client address
/// (<see cref="SignInFailureStore"/>): after <see cref="AuthOptions.MaxFailures"/> failures of one
/// name (or <see cref="AuthOptions.AddressMaxFailures"/> from one address) sign-in is refused with
/// 429 for 1, then 5, 15, 60 minutes. A locked name is refused even with the right password, so
/// the lockout cannot be used to test passwords; names that do not exist lock the same way.
/// </summary>
sealed class SignInThrottle(SignInFailureStore failures, IOptionsMonitor<AuthOptions> options)
{
    /// <summary>How long sign-in stays refused for this name or address, or null when it is not.</summary>
    public async Task<TimeSpan?> LockedAsync(HttpContext http, string username, CancellationToken ct) =>
        Remaining(await failures.LockedUntilAsync([.. Subjects(http, username).Select(s => s.Subject)], ct));

    /// <summary>Counts a failure for the name and the address; returns the wait when it started a lockout.</summary>
    public async Task<TimeSpan?> FailedAsync(HttpContext http, string username, CancellationToken ct)
    {
        var o = options.CurrentValue;
        TimeSpan? wait = null;
        foreach (var (subject, isAddress) in Subjects(http, username))
        {
            var until = await failures.RecordFailureAsync(subject, isAddress ? o.AddressMaxFailures : o.MaxFailures,
                                                          o.Lockouts, TimeSpan.FromMinutes(o.FailureWindowMinutes), ct);
            if (Remaining(until) is { } w && (wait is null || w > wait))
                wait = w;
        }
        return wait;
    }

    /// <summary>A right password clears the name's failures (not the address's: one good account must not unlock guessing).</summary>
    public Task SucceededAsync(string username, CancellationToken ct) => failures.ClearAsync(UserSubject(username), ct);

    /// <summary>
    /// 429 with <c>Retry-After</c> and a message, in Chinese then English, saying when to try again
    /// (<paramref name="failures"/>: after failed sign-ins; otherwise too many attempts at all).
    /// </summary>
    public static IResult TooMany(HttpContext http, TimeSpan wait, bool failures = true)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return HttpErrors.Result(StatusCodes.Status429TooManyRequests, "TOO_MANY_SIGN_INS",
            (failures ? $"登录失败次数过多，请在 {minutes} 分钟后重试。Too many failed sign-ins"
                      : $"登录尝试过于频繁，请在 {minutes} 分钟后重试。Too many sign-in attempts")
            + $": try again in {minutes} minute{(minutes == 1 ? "" : "s")}.");
    }

    /// <summary>The client's address as the partition key of limits (IPv4 seen through IPv6 as IPv4), or null when unknown.</summary>
    public static string? AddressOf(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } ip ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() : null;

    static string UserSubject(string username) => "user:" + username.ToLowerInvariant();

    static IEnumerable<(string Subject, bool IsAddress)> Subjects(HttpContext http, string username)
    {
        yield return (UserSubject(username), false);
        if (AddressOf(http) is { } address)
            yield return ("address:" + address, true);
    }

    static TimeSpan? Remaining(DateTimeOffset? until) =>
        until is { } u && u > DateTimeOffset.UtcNow ? u - DateTimeOffset.UtcNow : null;
}
