using System.Net.Http.Json;
using System.Text.Json;
using Zones.Server.Data.Auth;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Auth;

/// <summary>
/// Plumbing of the sign-in tests: a fresh user of the demo township per test (the database is
/// shared, so tests never change the demo accounts), sign-in by cookie or bearer token, and /auth/me.
/// </summary>
static class AuthTestKit
{
    public const string Password = "auth-test-password-1";

    /// <summary>Creates a user with a name no other test uses; returns the name.</summary>
    public static async Task<string> NewUserAsync(PostgisFixture pg, string role)
    {
        var name = $"t-{role}-{Guid.NewGuid():N}"[..24];
        Assert.True(await new UserStore(pg.DataSource).CreateUserAsync(pg.TownshipCode, name, "测试用户", role, Password, null, null, default));
        return name;
    }

    public static object Login(string user, string password = Password, string? mode = null) => new { username = user, password, mode };

    /// <summary>Signs in by cookie; returns the raw <c>Cookie</c> header a browser would send back.</summary>
    public static async Task<string> CookieAsync(ZonesApplication app, string user, string password = Password)
    {
        var login = await app.CreateClient().PostAsJsonAsync("/auth/login", Login(user, password));
        login.EnsureSuccessStatusCode();
        return login.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
    }

    /// <summary>Signs in for a bearer token.</summary>
    public static async Task<string> BearerAsync(ZonesApplication app, string user)
    {
        var login = await app.CreateClient().PostAsJsonAsync("/auth/login", Login(user, mode: "bearer"));
        login.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>A client that sends exactly the given credential header and keeps no cookies of its own.</summary>
    public static HttpClient Client(ZonesApplication app, string header, string value)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.TryAddWithoutValidation(header, value);
        return client;
    }

    /// <summary>/auth/me as JSON.</summary>
    public static async Task<JsonElement> MeAsync(HttpClient client)
    {
        var me = await client.GetAsync("/auth/me");
        me.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await me.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

/// <summary>An HTTP test class: the real server over the shared test database, a new one for each test.</summary>
public abstract class ServerTests(PostgisFixture pg) : IAsyncLifetime
{
    protected PostgisFixture Pg { get; } = pg;

    protected ZonesApplication App { get; } = new(pg.ConnectionString);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await App.DisposeAsync();
}
