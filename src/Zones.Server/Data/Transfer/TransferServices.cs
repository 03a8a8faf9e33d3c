namespace Zones.Server.Data.Transfer;

/// <summary>Registers the importer and the exporter (issue #4 §5). Call after <c>AddZonesDatabase()</c>.</summary>
static class TransferServices
{
    public static IServiceCollection AddZonesTransfer(this IServiceCollection services)
    {
        services.AddSingleton<Importer>();
        services.AddSingleton<Exporter>();
        services.AddSingleton<ImportInspector>();
        return services;
    }
}
