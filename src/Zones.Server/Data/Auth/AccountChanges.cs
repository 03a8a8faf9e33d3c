using System.Collections.Concurrent;
using System.Diagnostics;

namespace Zones.Server.Data.Auth;

/// <summary>
/// When an account last changed in a way that ends or alters its sign-ins (disabled, password reset
/// or changed, role or scope changed, API key revoked), by actor name. The server's cache of resolved
/// sessions and keys asks it, so such a change counts at the account's next request on this server,
/// not after the cache's time (other servers behind a load balancer: after at most that time).
/// </summary>
public sealed class AccountChanges
{
    readonly ConcurrentDictionary<string, long> _changed = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A monotonic time stamp to compare with <see cref="ChangedSince"/>.</summary>
    public static long Now() => Stopwatch.GetTimestamp();

    /// <summary>Records a change of the actor named <paramref name="name"/> (a username, or <c>apikey:NAME</c>).</summary>
    public void Changed(string name) => _changed[name] = Now();

    /// <summary>Whether the actor changed at or after <paramref name="stamp"/>.</summary>
    public bool ChangedSince(string name, long stamp) => _changed.TryGetValue(name, out var at) && at >= stamp;
}
