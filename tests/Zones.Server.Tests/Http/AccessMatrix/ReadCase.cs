using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Zones.Server.Tests.Http.AccessMatrix;

/// <summary>
/// Whether an answer showed the township's rows: true, false, or null when it was neither a clean
/// yes nor a clean no (an error where rows or a refusal were due); <see cref="Body"/> for the report.
/// </summary>
public sealed record ReadAnswer(bool? Shows, string Body);

/// <summary>
/// One read path of the matrix: how to ask it for a township's rows and how to tell whether the answer
/// holds them (<see cref="Ask"/>), and who should get them (<see cref="Expected"/>; by default THE read
/// rule, <see cref="MatrixActor.MayRead"/>).
/// </summary>
public sealed record ReadCase(string Name, Func<HttpClient, MatrixTownship, Task<ReadAnswer>> Ask)
{
    public Func<MatrixActor, MatrixTownship, bool> Expected { get; init; } = (actor, township) => actor.MayRead(township);

    public override string ToString() => Name;

    /// <summary>A GraphQL query with the township's <paramref name="variables"/>; <paramref name="shows"/> reads the whole response.</summary>
    public static ReadCase Gql(string name, string query, Func<MatrixTownship, object> variables, Func<JsonElement, MatrixTownship, bool?> shows) =>
        new(name, async (client, t) =>
        {
            using var response = await client.PostAsJsonAsync("/graphql", new { query, variables = variables(t) });
            var body = await response.Content.ReadAsStringAsync();
            return new(response.IsSuccessStatusCode ? shows(JsonDocument.Parse(body).RootElement, t) : null, body);
        });

    /// <summary>A GET of the township's <paramref name="path"/>; <paramref name="shows"/> reads the status and the body.</summary>
    public static ReadCase Get(string name, Func<MatrixTownship, string> path, Func<HttpStatusCode, string, MatrixTownship, bool?> shows) =>
        new(name, async (client, t) =>
        {
            using var response = await client.GetAsync(path(t));
            var body = await response.Content.ReadAsStringAsync();
            return new(shows(response.StatusCode, body, t), $"GET {path(t)} → {(int)response.StatusCode} {Cut(body)}");
        });

    /// <summary>A GET of the township's <paramref name="path"/> whose body is binary (a vector tile); <paramref name="shows"/> reads the bytes.</summary>
    public static ReadCase GetBytes(string name, Func<MatrixTownship, string> path, Func<HttpStatusCode, byte[], bool?> shows) =>
        new(name, async (client, t) =>
        {
            using var response = await client.GetAsync(path(t));
            var body = await response.Content.ReadAsByteArrayAsync();
            return new(shows(response.StatusCode, body), $"GET {path(t)} → {(int)response.StatusCode}, {body.Length} bytes");
        });

    static string Cut(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
