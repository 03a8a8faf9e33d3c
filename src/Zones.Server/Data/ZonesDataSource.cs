using Npgsql;

namespace Zones.Server.Data;

/// <summary>
/// The one way a <see cref="NpgsqlDataSource"/> is made (server, tools and tests alike), so every
/// connection maps PostGIS geometry to NetTopologySuite types (Npgsql.NetTopologySuite) and reads
/// timestamps the same way.
/// </summary>
public static class ZonesDataSource
{
    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "zones";
        // Timestamps in JSON made by PostgreSQL carry the China offset (+08:00), as users read them.
        builder.ConnectionStringBuilder.Timezone ??= "Asia/Shanghai";
        // geometry columns and parameters are NTS geometries; geography stays out (we never bind it).
        builder.UseNetTopologySuite();
        return builder.Build();
    }
}
