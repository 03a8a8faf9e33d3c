namespace Zones.Server.Data.Analysis;

/// <summary>Registers the coverage checks, the gap service, the heat map and the indicators.</summary>
public static class AnalysisServices
{
    public static IServiceCollection AddZonesAnalysis(this IServiceCollection services)
    {
        // Every ICoverageCheck in this assembly: a new check is one new file, nothing to register by hand.
        foreach (var check in typeof(ICoverageCheck).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICoverageCheck).IsAssignableFrom(t)))
            services.AddSingleton(typeof(ICoverageCheck), check);
        services.AddSingleton<CoverageGapService>();
        services.AddSingleton<HeatmapService>();
        services.AddSingleton<IndicatorService>();
        return services;
    }
}
