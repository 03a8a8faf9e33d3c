using Npgsql;

namespace Zones.Server.Data.Replica;

/// <summary>
/// The database lists, tiles, OGC API, search and analyses read from: the read connection (Npgsql multi-host,
/// <c>Host=standby,primary;Target Session Attributes=prefer-standby</c>, so a standby that is down falls back to the
/// primary inside Npgsql) when one is configured, the primary otherwise. Writes never take this type; a request
/// that writes reads from the primary (<see cref="ReadRouting"/>), and so does everyone while the standby is
/// down or too far behind (<see cref="ReplicaState"/>).
/// </summary>
/// <remarks>
/// The members stores use are those of <see cref="NpgsqlDataSource"/>, so a store moves to the standby by the type
/// of its constructor parameter alone. The decision is taken when a command or connection is made.
/// </remarks>
public sealed class ReadDataSource(NpgsqlDataSource primary, NpgsqlDataSource? standby, ReplicaState state) : IAsyncDisposable
{
    /// <summary>Reads on the primary only (no read connection configured; tests and tools).</summary>
    public ReadDataSource(NpgsqlDataSource primary) : this(primary, null, new ReplicaState { Current = new("none", null, null, null, null) }) { }

    /// <summary>
    /// A bare pool reads from itself: tests and tools that build stores over one pool keep doing so unchanged.
    /// </summary>
    public static implicit operator ReadDataSource(NpgsqlDataSource primary) => new(primary);

    public NpgsqlDataSource Primary { get; } = primary;

    /// <summary>The multi-host read pool; null when reads use the primary's.</summary>
    public NpgsqlDataSource? Standby { get; } = standby;

    /// <summary>Where a read made now goes.</summary>
    public NpgsqlDataSource Current => Standby is null || ReadRouting.OnPrimary || !state.Current.Usable ? Primary : Standby;

    public NpgsqlCommand CreateCommand(string? sql = null) => Current.CreateCommand(sql);

    public ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken ct = default) => Current.OpenConnectionAsync(ct);

    /// <summary>Drops the idle connections of both pools (after a connection turned out broken).</summary>
    public void Clear()
    {
        Primary.Clear();
        Standby?.Clear();
    }

    /// <summary>Disposes the read pool made for this type; the primary belongs to whoever passed it.</summary>
    public ValueTask DisposeAsync() => Standby?.DisposeAsync() ?? ValueTask.CompletedTask;
}
