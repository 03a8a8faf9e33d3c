using System.Collections.Concurrent;
using System.Diagnostics;
using Zones.Server.Data.Notify;

namespace Zones.Server.Data.Auth;

/// <summary>
/// When an account last changed in a way that ends or alters its sign-ins (disabled, password reset
/// or changed, role or scope changed, session or API key revoked), by actor name. The server's cache of resolved
/// sessions and keys asks it, so such a change counts at the account's next request, on every instance: the
/// database announces each such change on the <see cref="ChangeBus"/> (<see cref="Channel"/>, triggers of migration
/// 0031), whichever instance or tool wrote it; the writer's own instance also marks it at once.
/// </summary>
public sealed class AccountChanges : IDisposable
{
    /// <summary>The bus channel: the payload is a username or <c>apikey:NAME</c>.</summary>
    public const string Channel = "account";

    readonly ConcurrentDictionary<string, long> _changed = new(StringComparer.OrdinalIgnoreCase);
    readonly IDisposable _subscription;

    public AccountChanges(ChangeBus bus) => _subscription = bus.Subscribe(Channel, Changed);

    /// <summary>A monotonic time stamp to compare with <see cref="ChangedSince"/>.</summary>
    public static long Now() => Stopwatch.GetTimestamp();

    /// <summary>Records a change of the actor named <paramref name="name"/> (a username, or <c>apikey:NAME</c>).</summary>
    public void Changed(string name) => _changed[name] = Now();

    /// <summary>Whether the actor changed at or after <paramref name="stamp"/>.</summary>
    public bool ChangedSince(string name, long stamp) => _changed.TryGetValue(name, out var at) && at >= stamp;

    public void Dispose() => _subscription.Dispose();
}
