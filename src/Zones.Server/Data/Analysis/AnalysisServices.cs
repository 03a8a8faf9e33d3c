using Microsoft.Extensions.Options;
using Npgsql;

namespace Zones.Server.Data.Analysis;

/// <summary>Registers the analysis lane, the coverage checks, the gap service and its warmer, reach areas, the heat map and the indicators.</summary>
public static class AnalysisServices
{
    public static IServiceCollection AddZonesAnalysis(this IServiceCollection services)
    {
        services.AddOptions<AnalysisLaneOptions>().BindConfiguration(AnalysisLaneOptions.Section)
            .Validate(o => o.IsValid, "Zones:Analysis is invalid: StatementTimeoutSeconds and MaxConcurrent must be positive, QueueTimeoutSeconds and WarmIntervalSeconds not negative.")
            .ValidateOnStart();
        services.AddSingleton(sp => new AnalysisLane(sp.GetRequiredService<Replica.ReadDataSource>(), sp.GetRequiredService<IOptions<AnalysisLaneOptions>>().Value));
        // Every ICoverageCheck in this assembly: a new check is one new file, nothing to register by hand.
        foreach (var check in typeof(ICoverageCheck).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICoverageCheck).IsAssignableFrom(t)))
            services.AddSingleton(typeof(ICoverageCheck), check);
        services.AddSingleton<CoverageGapService>();
        // The gaps list and tiles answered from the cache from the first request on, and soon again after an edit.
        services.AddHostedService<CoverageWarmer>();
        services.AddSingleton<ReachAreaService>();
        services.AddSingleton<HeatmapService>();
        services.AddSingleton<IndicatorService>();
        return services;
    }
}
