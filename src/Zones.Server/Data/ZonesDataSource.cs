using Npgsql;

namespace Zones.Server.Data;

/// <summary>
/// The one way a <see cref="NpgsqlDataSource"/> is made (server, tools and tests alike), so every
/// connection maps PostGIS geometry to NetTopologySuite types (Npgsql.NetTopologySuite) and reads
/// timestamps the same way.
/// </summary>
public static class ZonesDataSource
{
    /// <param name="options">Server settings for every connection of this pool (libpq <c>options</c>, e.g. <c>-c name=value</c>).</param>
    /// <param name="keepOpen">Connections the pool keeps however long they idle (its minimum size), when more than the connection string says.</param>
    public static NpgsqlDataSource Create(string connectionString, string? options = null, int keepOpen = 0)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.MinPoolSize = Math.Max(builder.ConnectionStringBuilder.MinPoolSize, keepOpen);
        if (options is not null)
            builder.ConnectionStringBuilder.Options = $"{builder.ConnectionStringBuilder.Options} {options}".Trim();
        builder.ConnectionStringBuilder.ApplicationName ??= "zones";
        // Timestamps in JSON made by PostgreSQL carry the China offset (+08:00), as users read them.
        builder.ConnectionStringBuilder.Timezone ??= "Asia/Shanghai";
        // No DISCARD ALL on every return to the pool (a round trip per checkout: 2–3 per request). Safe
        // because nothing session-level outlives a use: settings are SET LOCAL / set_config(…, true),
        // temp tables are ON COMMIT DROP inside transactions, the migrator's advisory lock is released
        // in a finally, and an open transaction is rolled back on close anyway. Keep it that way.
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        // geometry columns and parameters are NTS geometries; geography stays out (we never bind it).
        builder.UseNetTopologySuite();
        return builder.Build();
    }
}
