using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Zones.Server.Data;
using Zones.Server.Data.Auth;
using Zones.Server.Data.Notify;

namespace Zones.Server.Http.Auth;

/// <summary>
/// Actors of live sessions and API keys, kept for <see cref="AuthOptions.SessionCacheSeconds"/> so a
/// busy map does not ask the database on every tile. Only hits are kept: a refused token is asked
/// again (and a flood of made-up tokens cannot fill the memory). An actor whose account changed since
/// it was kept (<see cref="AccountChanges"/>: disabled, reset, revoked, on any instance) is asked again at once.
/// </summary>
/// <remarks>
/// Changes made through other instances arrive on the <see cref="ChangeBus"/>. While this instance does not hear
/// the bus (<see cref="ChangeBus.Listening"/> false) nothing kept is trusted, and after it hears it again everything
/// kept is dropped: a revocation announced meanwhile was missed.
/// </remarks>
sealed class AuthCache : IDisposable
{
    public const string Session = "session", ApiKey = "api-key";

    sealed record Kept(Actor Actor, long At);

    readonly IOptionsMonitor<AuthOptions> _options;
    readonly AccountChanges _changes;
    readonly ChangeBus _bus;
    readonly IDisposable _reconnected;
    readonly MemoryCache _memory = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public AuthCache(IOptionsMonitor<AuthOptions> options, AccountChanges changes, ChangeBus bus)
    {
        (_options, _changes, _bus) = (options, changes, bus);
        _reconnected = bus.Subscribe(ChangeBus.Reconnected, _ => _memory.Clear());
    }

    public async Task<Actor?> GetAsync(string kind, string secret, Func<CancellationToken, Task<Actor?>> load, CancellationToken ct)
    {
        var seconds = _options.CurrentValue.SessionCacheSeconds;
        if (seconds > 0 && _bus.Listening && _memory.TryGetValue((kind, secret), out Kept? kept) && !_changes.ChangedSince(kept!.Actor.Name, kept.At))
            return kept.Actor;
        var at = AccountChanges.Now();
        var actor = await load(ct);
        if (seconds > 0 && actor is not null)
            _memory.Set((kind, secret), new Kept(actor, at), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds) });
        return actor;
    }

    /// <summary>Drops a kept actor (after sign-out), so this server refuses the token at once (the others hear it on the bus).</summary>
    public void Forget(string kind, string secret) => _memory.Remove((kind, secret));

    public void Dispose()
    {
        _reconnected.Dispose();
        _memory.Dispose();
    }
}
