using Npgsql;

namespace Zones.Server.Data;

/// <summary>
/// Finds the database to use: <c>ZONES_DATABASE_URL</c> (a <c>postgres://</c> URL or an Npgsql
/// key=value string) wins over <c>ConnectionStrings:Zones</c>.
/// </summary>
static class ConnectionStrings
{
    public const string EnvironmentVariable = "ZONES_DATABASE_URL";
    public const string ReadEnvironmentVariable = "ZONES_READ_DATABASE_URL";

    public static string Resolve(IConfiguration configuration)
    {
        var fromEnv = configuration[EnvironmentVariable];
        var raw = !string.IsNullOrWhiteSpace(fromEnv) ? fromEnv : configuration.GetConnectionString("Zones");
        if (string.IsNullOrWhiteSpace(raw))
            throw new StartupException(
                "No database configured: set ZONES_DATABASE_URL or ConnectionStrings__Zones.");
        return Normalize(raw);
    }

    /// <summary>
    /// The read connection (a hot standby, usually Npgsql multi-host with the primary behind it):
    /// <c>ZONES_READ_DATABASE_URL</c>, else <c>ConnectionStrings:ZonesRead</c>, else
    /// <c>Zones:Database:ReadConnectionString</c>; null when none is set (reads use the primary).
    /// </summary>
    public static string? ResolveRead(IConfiguration configuration)
    {
        var raw = new[] { configuration[ReadEnvironmentVariable], configuration.GetConnectionString("ZonesRead"),
                          configuration["Zones:Database:ReadConnectionString"] }.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
        return raw is null ? null : Normalize(raw);
    }

    /// <summary>Turns <c>postgres://user:pass@host:port/db?sslmode=…</c> into an Npgsql string.</summary>
    public static string Normalize(string raw)
    {
        if (!raw.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) &&
            !raw.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new NpgsqlConnectionStringBuilder(raw).ConnectionString;

        var uri = new Uri(raw);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        if (userInfo.Length == 2)
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv[0].Equals("sslmode", StringComparison.OrdinalIgnoreCase) && kv.Length == 2)
                builder.SslMode = Enum.Parse<SslMode>(kv[1].Replace("-", ""), ignoreCase: true);
        }
        return builder.ConnectionString;
    }

    /// <summary>"host:port/database" for messages; never the password.</summary>
    public static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{b.Host}:{b.Port}/{b.Database}";
    }
}
