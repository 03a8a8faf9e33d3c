using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.Server.Data;
using Zones.Server.Schema;

namespace Zones.Server.Tests.Support;

/// <summary>Runs GraphQL documents through the server's real GraphQLService and services, as a given actor.</summary>
public static class GraphQLHarness
{
    public static async Task<JsonElement> ExecuteAsync(this ZonesApplication app, string query,
        IReadOnlyDictionary<string, object?>? variables = null, Actor? actor = null)
    {
        using var scope = app.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<GraphQLService>();
        var result = await service.ExecuteAsync(new GraphQLRequest
        {
            Query = query, Variables = variables, Context = new ZonesContext(scope.ServiceProvider, actor),
        });
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            ExecutionResultWriter.Write(writer, result);
        return JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray())).RootElement.Clone();
    }

    /// <summary>The <c>data</c> of a document that must run without request errors (a fresh app per call).</summary>
    public static async Task<JsonElement> DataAsync(string connectionString, string query, Actor actor)
    {
        await using var app = new ZonesApplication(connectionString);
        var result = await app.ExecuteAsync(query, null, actor);
        Xunit.Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        return result.GetProperty("data");
    }
}
