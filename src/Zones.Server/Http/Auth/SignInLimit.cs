using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Zones.Server.Http.Auth;

/// <summary>
/// ASP.NET Core's rate limiter on <c>POST /auth/login</c>: each client address may try
/// <see cref="AuthOptions.SignInsPerMinute"/> times a minute, right or wrong. It caps the work a
/// flood costs (each attempt runs a PBKDF2 hash) before <see cref="SignInThrottle"/>'s lockout counts.
/// </summary>
static class SignInLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddZonesSignInLimit(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue.SignInsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(SignInThrottle.AddressOf(http) ?? "",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            o.OnRejected = async (context, ct) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
                await SignInThrottle.TooMany(context.HttpContext, wait, failures: false).ExecuteAsync(context.HttpContext);
            };
        });
}
