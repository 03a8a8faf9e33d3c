namespace Zones.Server.Data.Notify;

/// <summary>Registers the <see cref="ChangeBus"/> and this instance's <see cref="ChangeListener"/>.</summary>
static class NotifyServices
{
    public static IServiceCollection AddZonesChangeBus(this IServiceCollection services)
    {
        services.AddSingleton<ChangeBus>();
        services.AddHostedService<ChangeListener>();
        return services;
    }
}
