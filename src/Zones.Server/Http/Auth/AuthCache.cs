using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Zones.Server.Data;
using Zones.Server.Data.Auth;

namespace Zones.Server.Http.Auth;

/// <summary>
/// Actors of live sessions and API keys, kept for <see cref="AuthOptions.SessionCacheSeconds"/> so a
/// busy map does not ask the database on every tile. Only hits are kept: a refused token is asked
/// again (and a flood of made-up tokens cannot fill the memory). An actor whose account changed since
/// it was kept (<see cref="AccountChanges"/>: disabled, reset, revoked) is asked again at once.
/// </summary>
sealed class AuthCache(IOptionsMonitor<AuthOptions> options, AccountChanges changes) : IDisposable
{
    public const string Session = "session", ApiKey = "api-key";

    sealed record Kept(Actor Actor, long At);

    readonly MemoryCache _memory = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public async Task<Actor?> GetAsync(string kind, string secret, Func<CancellationToken, Task<Actor?>> load, CancellationToken ct)
    {
        var seconds = options.CurrentValue.SessionCacheSeconds;
        if (seconds > 0 && _memory.TryGetValue((kind, secret), out Kept? kept) && !changes.ChangedSince(kept!.Actor.Name, kept.At))
            return kept.Actor;
        var at = AccountChanges.Now();
        var actor = await load(ct);
        if (seconds > 0 && actor is not null)
            _memory.Set((kind, secret), new Kept(actor, at), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds) });
        return actor;
    }

    /// <summary>Drops a kept actor (after sign-out), so this server refuses the token at once.</summary>
    public void Forget(string kind, string secret) => _memory.Remove((kind, secret));

    public void Dispose() => _memory.Dispose();
}
