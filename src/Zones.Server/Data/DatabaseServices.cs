using Npgsql;
using Zones.Server.Data.Notify;
using Zones.Server.Data.Replica;

namespace Zones.Server.Data;

/// <summary>Registers the one <see cref="NpgsqlDataSource"/> and the stores that use it.</summary>
static class DatabaseServices
{
    public static IServiceCollection AddZonesDatabase(this IServiceCollection services)
    {
        // Resolved when first needed, after every configuration source (tests add theirs late) is in.
        services.AddSingleton(sp => ZonesDataSource.Create(ConnectionStrings.Resolve(sp.GetRequiredService<IConfiguration>())));
        services.AddZonesReadReplica();   // ReadDataSource: lists, tiles, OGC, search and analyses read from a standby when one is set
        services.AddSingleton<Access.TownshipAccess>();
        services.AddSingleton<Migrator>();
        services.AddSingleton<DatabaseCheck>();
        services.AddSingleton<FeatureStore>();
        services.AddSingleton<Query.ListQuery>();
        services.AddSingleton<Query.ZoneStore>();
        services.AddSingleton<History.ZoneTimeline>();
        services.AddSingleton<Demo.DemoLoader>();
        services.AddSingleton<Demo.DemoAccounts>();
        services.AddSingleton<MapLayers.MapLayerStore>();
        services.AddZonesChangeBus();   // LISTEN/NOTIFY between instances
        return services;
    }
}
