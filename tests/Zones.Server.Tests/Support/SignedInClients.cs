using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Zones.Server.Data.Demo;

namespace Zones.Server.Tests.Support;

/// <summary>
/// HTTP clients of one <see cref="ZonesApplication"/> signed in as a user (bearer token from
/// <c>/auth/login</c>) or an API key (<c>X-Api-Key</c>), each token asked once per application so a
/// test touching many paths signs in once per account.
/// </summary>
public sealed class SignedInClients(ZonesApplication app)
{
    readonly ConcurrentDictionary<string, string> _tokens = new();

    /// <summary>The demo's published passwords, and the second township's.</summary>
    public static string PasswordOf(string username) =>
        DemoAccounts.Users.FirstOrDefault(u => u.Username == username).Password ?? SecondTownship.Password;

    /// <summary>A client for <paramref name="who"/>: null = anonymous, <c>key:…</c> = that API key, else a username.</summary>
    public async Task<HttpClient> ForAsync(string? who)
    {
        var client = app.CreateClient();
        if (who is null)
            return client;
        if (who.StartsWith("key:", StringComparison.Ordinal))
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", who[4..]);
            return client;
        }
        client.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync(who));
        return client;
    }

    /// <summary>A bearer token of <paramref name="username"/> (signed in once per application).</summary>
    public async Task<string> TokenAsync(string username)
    {
        if (!_tokens.TryGetValue(username, out var token))
            _tokens[username] = token = await SignInAsync(username);
        return token;
    }

    async Task<string> SignInAsync(string username)
    {
        var login = await app.CreateClient().PostAsJsonAsync("/auth/login", new { username, password = PasswordOf(username), mode = "bearer" });
        var body = await login.Content.ReadAsStringAsync();
        Assert.True(login.IsSuccessStatusCode, $"sign-in as {username}: {(int)login.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
    }
}
