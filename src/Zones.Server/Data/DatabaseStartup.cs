using Microsoft.Extensions.Options;

namespace Zones.Server.Data;

/// <summary>
/// Runs before the server listens: the database must be reachable with PostGIS, and its schema
/// current — migrated here when <see cref="ZonesOptions.MigrateOnStart"/> is on, refused otherwise.
/// </summary>
sealed class DatabaseStartup(DatabaseCheck check, Migrator migrator, IOptions<ZonesOptions> options,
                             ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var postgis = await check.PostgisVersionAsync(ct);
        if (options.Value.MigrateOnStart)
            await migrator.MigrateAsync(ct);
        var pending = await migrator.PendingAsync(ct);
        if (pending.Count > 0)
            throw new StartupException(
                $"The database schema is behind: {pending.Count} migration(s) not applied ({string.Join(", ", pending)}). " +
                "Run `dotnet run --project src/Zones.Server -- migrate` (or set Zones__MigrateOnStart=true).");
        logger.LogInformation("Database ready (PostGIS {Version})", postgis);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
