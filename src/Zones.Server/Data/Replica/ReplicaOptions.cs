namespace Zones.Server.Data.Replica;

/// <summary>
/// Where reads go when a hot standby follows the primary, bound from <c>Zones:Database</c>
/// (<c>Zones__Database__*</c> variables). The read connection itself is found by
/// <see cref="ConnectionStrings.ResolveRead"/>.
/// </summary>
public sealed class ReplicaOptions
{
    public const string Section = "Zones:Database";

    /// <summary>The read connection string (also <c>ConnectionStrings:ZonesRead</c> or <c>ZONES_READ_DATABASE_URL</c>).</summary>
    public string? ReadConnectionString { get; set; }

    /// <summary>
    /// A standby further behind than this is not read from (every read goes to the primary until it catches
    /// up). With <see cref="FreshSeconds"/> this bounds what a user can miss of their own writes.
    /// </summary>
    public double MaxLagSeconds { get; set; } = 5;

    /// <summary>How often <see cref="ReplicaMonitor"/> asks the standby where it is.</summary>
    public double CheckIntervalSeconds { get; set; } = 2;

    /// <summary>
    /// How long after a write the same browser reads from the primary (the <c>zones-fresh</c> cookie): long enough
    /// that, once it expires, a standby the monitor lets through (behind by less than <see cref="MaxLagSeconds"/>
    /// when last checked, at most two checks ago) has replayed that write.
    /// </summary>
    public double FreshSeconds => MaxLagSeconds + 2 * CheckIntervalSeconds;

    public bool IsValid => MaxLagSeconds > 0 && CheckIntervalSeconds > 0;
}
