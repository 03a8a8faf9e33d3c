namespace Zones.Server.Data.Tiles;

/// <summary>Registers the vector-tile store, its warm connection pool and the in-memory cache of coverage gaps it draws from.</summary>
public static class TileServices
{
    public static IServiceCollection AddZonesTiles(this IServiceCollection services)
    {
        services.AddSingleton<GapTileCache>();
        services.AddSingleton(sp => new TileDatabase(Replica.ReplicaServices.Create(sp, TileDatabase.Options, TilePoolWarmup.KeepOpen)));
        services.AddSingleton<TileStore>();
        services.AddHostedService<TilePoolWarmup>();
        return services;
    }
}
