namespace Zones.Server.Data.Analysis;

/// <summary>Registers the coverage checks, the gap service, the heat map and the indicators.</summary>
public static class AnalysisServices
{
    public static IServiceCollection AddZonesAnalysis(this IServiceCollection services)
    {
        // One line per check family; each helper file adds its own (see ICoverageCheck).
        services.AddSingleton<CoverageGapService>();
        return services;
    }
}
