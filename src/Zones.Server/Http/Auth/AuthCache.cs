using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Zones.Server.Data;

namespace Zones.Server.Http.Auth;

/// <summary>
/// Actors of live sessions and API keys, kept for <see cref="AuthOptions.SessionCacheSeconds"/> so a
/// busy map does not ask the database on every tile. Only hits are kept: a refused token is asked
/// again (and a flood of made-up tokens cannot fill the memory).
/// </summary>
sealed class AuthCache(IOptionsMonitor<AuthOptions> options) : IDisposable
{
    public const string Session = "session", ApiKey = "api-key";

    readonly MemoryCache _memory = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public async Task<Actor?> GetAsync(string kind, string secret, Func<CancellationToken, Task<Actor?>> load, CancellationToken ct)
    {
        var seconds = options.CurrentValue.SessionCacheSeconds;
        if (seconds > 0 && _memory.TryGetValue((kind, secret), out Actor? kept))
            return kept;
        var actor = await load(ct);
        if (seconds > 0 && actor is not null)
            _memory.Set((kind, secret), actor, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds) });
        return actor;
    }

    /// <summary>Drops a kept actor (after sign-out), so this server refuses the token at once.</summary>
    public void Forget(string kind, string secret) => _memory.Remove((kind, secret));

    public void Dispose() => _memory.Dispose();
}
