using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Onboarding;

/// <summary>
/// A fresh installation: an empty migrated database (no demo, no township, no account) and one server
/// over it. Everything the onboarding test does after that goes through the CLI and HTTP, as a county
/// office would.
/// </summary>
public sealed class OnboardingWorld : IAsyncLifetime
{
    public string ConnectionString { get; } = TestDatabases.Named("_onboarding");

    NpgsqlDataSource _db = null!;

    public ZonesApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabases.CreateMigratedAsync(ConnectionString);
        App = new ZonesApplication(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _db.DisposeAsync();
    }

    /// <summary>Signs in; when the account must change its password first, changes it to <paramref name="newPassword"/> and signs in again.</summary>
    public async Task<HttpClient> SignInAsync(string username, string password, string newPassword)
    {
        var (token, mustChange) = await BearerAsync(username, password);
        if (mustChange)
        {
            using var change = await Client(token).PostAsJsonAsync("/auth/password", new { currentPassword = password, newPassword });
            Assert.True(change.IsSuccessStatusCode, await change.Content.ReadAsStringAsync());
            (token, mustChange) = await BearerAsync(username, newPassword);
            Assert.False(mustChange);
        }
        return Client(token);
    }

    async Task<(string Token, bool MustChange)> BearerAsync(string username, string password)
    {
        using var login = await App.CreateClient().PostAsJsonAsync("/auth/login", new { username, password, mode = "bearer" });
        var body = await login.Content.ReadAsStringAsync();
        Assert.True(login.IsSuccessStatusCode, $"sign-in as {username}: {(int)login.StatusCode} {body}");
        var mustChange = login.Headers.TryGetValues("X-Zones-Must-Change-Password", out var v) && v.Contains("true");
        return (JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!, mustChange);
    }

    HttpClient Client(string token)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>POSTs a GraphQL document; asserts there are no request errors and returns <c>data</c>.</summary>
    public static async Task<JsonElement> GraphQLAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        var root = JsonDocument.Parse(body).RootElement.Clone();
        Assert.False(root.TryGetProperty("errors", out _), body);
        return root.GetProperty("data");
    }

    /// <summary>Posts a file to <c>/import/{target}?…</c> as the import wizard does; returns the report.</summary>
    public static async Task<JsonElement> ImportAsync(HttpClient client, string pathAndQuery, byte[] file)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await client.PostAsync(pathAndQuery, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{pathAndQuery}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
