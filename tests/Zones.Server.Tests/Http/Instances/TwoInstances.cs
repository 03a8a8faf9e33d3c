using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Instances;

/// <summary>
/// Two server instances on one demo database of these tests' own, each keeping resolved sessions for five minutes
/// (as production does for 30 s), so only the change bus can tell one what happened on the other.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public static readonly (string, string)[] Settings = [("Zones:Auth:SessionCacheSeconds", "300")];

    public string ConnectionString { get; } = TestDatabases.Named("_instances");

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public string TownshipCode { get; private set; } = "";

    public async Task InitializeAsync() => (DataSource, TownshipCode) = await TestDatabases.CreateWithDemoAsync(ConnectionString);

    public async Task DisposeAsync() => await DataSource.DisposeAsync();

    /// <summary>A server instance on the shared database (<paramref name="settings"/> over <see cref="Settings"/>).</summary>
    public ZonesApplication Instance(params (string, string)[] settings) => new(ConnectionString, [.. Settings, .. settings]);

    /// <summary>Signs <paramref name="username"/> in through <paramref name="app"/>; returns the sign-in cookie (<c>zones.auth=…</c>).</summary>
    public static async Task<string> CookieAsync(ZonesApplication app, string username)
    {
        var login = await app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false })
            .PostAsJsonAsync("/auth/login", new { username, password = SignedInClients.PasswordOf(username) });
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
        return login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("zones.auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    /// <summary>Who <c>GET /auth/me</c> through <paramref name="app"/> with <paramref name="cookie"/> says is signed in; null for nobody.</summary>
    public static async Task<string?> WhoAsync(ZonesApplication app, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/auth/me") { Headers = { { "Cookie", cookie } } };
        using var response = await app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }).SendAsync(request);
        var me = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return me.GetProperty("signedIn").GetBoolean() ? me.GetProperty("username").GetString() : null;
    }

    /// <summary>POSTs <paramref name="path"/> through <paramref name="app"/> with <paramref name="cookie"/>; fails on an error status.</summary>
    public static async Task PostAsync(ZonesApplication app, string cookie, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Headers = { { "Cookie", cookie } } };
        using var response = await app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }).SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Polls <paramref name="condition"/> for up to <paramref name="seconds"/>; how long it took, or a failure.</summary>
    public static async Task<TimeSpan> WithinAsync(double seconds, Func<Task<bool>> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed.TotalSeconds < seconds, $"not within {seconds} s");
            await Task.Delay(20);
        }
        return clock.Elapsed;
    }
}

/// <summary>The tests on <see cref="TwoInstances"/>: one database for them all, one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class TwoInstancesCollection : ICollectionFixture<TwoInstances>
{
    public const string Name = "two instances";
}
