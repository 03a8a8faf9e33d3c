using Zones.Server.Data.Complaints;
using Zones.GraphQL;
using Zones.GraphQL.Execution.Limits;

namespace Zones.Server.Schema;

/// <summary>
/// Builds the Zones schema once at start-up (a schema that fails validation stops the server with
/// the engine's message) and registers the <see cref="GraphQLService"/> that runs requests on it.
/// </summary>
public static class GraphQLServices
{
    public static IServiceCollection AddZonesGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Zones:GraphQL").Get<GraphQLSettings>() ?? new GraphQLSettings();
        services.AddSingleton(options);
        services.AddSingleton<ComplaintFeed>();
        services.AddSingleton(_ =>
        {
            var schema = ZonesSchema.Build();
            Zones.GraphQL.Types.SchemaValidator.AssertValid(schema);
            return new GraphQLService(schema, new GraphQLServiceOptions
            {
                IntrospectionEnabled = options.Introspection,
                Limits = new RequestLimits
                {
                    MaxDocumentBytes = options.MaxDocumentBytes, MaxTokens = options.MaxTokens,
                    MaxDepth = options.MaxDepth, MaxAliases = options.MaxAliases, MaxCost = options.MaxCost,
                },
            });
        });
        return services;
    }
}

/// <summary>The <c>Zones:GraphQL</c> settings: introspection switch and request limits.</summary>
public sealed class GraphQLSettings
{
    public bool Introspection { get; set; } = true;
    public int MaxDocumentBytes { get; set; } = 100_000;
    public int MaxTokens { get; set; } = 10_000;
    public int MaxDepth { get; set; } = 15;
    public int MaxAliases { get; set; } = 30;
    public long MaxCost { get; set; } = 50_000;
}
