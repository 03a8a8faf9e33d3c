namespace Zones.Server.Data.Replica;

/// <summary>What <see cref="ReplicaMonitor"/> last learnt about the standby; read by every read and by <c>/health</c>.</summary>
public sealed class ReplicaState
{
    /// <summary>
    /// <c>none</c> (no read connection configured), <c>unknown</c> (not checked yet), <c>streaming</c>,
    /// <c>lagging</c> (further behind than MaxLagSeconds), <c>down</c> (unreachable, not streaming, or the read
    /// connection reached a primary).
    /// </summary>
    public sealed record Status(string State, double? LagSeconds, long? LagBytes, DateTimeOffset? CheckedAt, string? Error)
    {
        /// <summary>Reads may go to the standby (also before the first check: the multi-host fallback covers it).</summary>
        public bool Usable => State is "streaming" or "unknown";
    }

    volatile Status _status = new("unknown", null, null, null, null);

    public Status Current { get => _status; set => _status = value; }
}
