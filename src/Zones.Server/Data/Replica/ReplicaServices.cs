using Microsoft.Extensions.Options;
using Npgsql;

namespace Zones.Server.Data.Replica;

/// <summary>Registers <see cref="ReadDataSource"/>, the <see cref="ReplicaState"/> it obeys and the monitor that keeps it.</summary>
public static class ReplicaServices
{
    public static IServiceCollection AddZonesReadReplica(this IServiceCollection services)
    {
        services.AddOptions<ReplicaOptions>().BindConfiguration(ReplicaOptions.Section)
            .Validate(o => o.IsValid, "Zones:Database is invalid: MaxLagSeconds and CheckIntervalSeconds must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ReplicaState>();
        services.AddSingleton(sp => Create(sp, options: null, keepOpen: 0));
        services.AddSingleton<ReplicaMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<ReplicaMonitor>());
        return services;
    }

    /// <summary>
    /// A read source over the primary pool of DI (<paramref name="options"/> null) or over pools of its own with
    /// these session settings (the tile pool's), reading from the configured read connection when there is one.
    /// </summary>
    public static ReadDataSource Create(IServiceProvider sp, string? options, int keepOpen)
    {
        var configuration = sp.GetRequiredService<IConfiguration>();
        var primary = options is null ? sp.GetRequiredService<NpgsqlDataSource>()
                                      : ZonesDataSource.Create(ConnectionStrings.Resolve(configuration), options, keepOpen);
        var read = ConnectionStrings.ResolveRead(configuration);
        var state = sp.GetRequiredService<ReplicaState>();
        if (read is null)
        {
            state.Current = new("none", null, null, null, null);
            return new ReadDataSource(primary, null, state);
        }
        return new ReadDataSource(primary, ZonesDataSource.Create(read, options, keepOpen), state);
    }
}
