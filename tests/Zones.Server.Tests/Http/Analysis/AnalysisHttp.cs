using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Zones.Server.Tests.Http.Analysis;

/// <summary>GraphQL and GET through the real HTTP pipeline, timed.</summary>
static class AnalysisHttp
{
    public sealed record Reply(HttpStatusCode Status, string Body, TimeSpan Elapsed)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;

        public JsonElement Error => Json.GetProperty("errors")[0];
    }

    public static async Task<Reply> PostAsync(HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Accept.ParseAdd("application/json");
        return await TimedAsync(() => client.SendAsync(request));
    }

    public static Task<Reply> GetAsync(HttpClient client, string path) => TimedAsync(() => client.GetAsync(path));

    static async Task<Reply> TimedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var clock = Stopwatch.StartNew();
        using var response = await send();
        var body = await response.Content.ReadAsStringAsync();
        return new Reply(response.StatusCode, body, clock.Elapsed);
    }
}
