using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Zones.Server.Tests.Support;

/// <summary>The real server pipeline over the test database (TodoApi's pattern).</summary>
/// <param name="settings">Configuration of this test's own, applied over the defaults below (e.g. a session cache).</param>
public sealed class ZonesApplication(string connectionString, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ZONES_DATABASE_URL", connectionString);
        builder.UseSetting("Zones:MigrateOnStart", "false");
        // A changed role, scope or disabled user shows at the very next request, as after the cache in production.
        builder.UseSetting("Zones:Auth:SessionCacheSeconds", "0");
        // Every test request comes from one unknown address: a per-address sign-in rate would throttle whole suites.
        builder.UseSetting("Zones:Auth:SignInsPerMinute", "100000");
        // The same for the resident page's limits (its own tests set them low where they test them).
        builder.UseSetting("Zones:Report:ReportsPerAddress", "100000");
        builder.UseSetting("Zones:Report:ReportsPerPhone", "100000");
        builder.UseSetting("Zones:Report:StatusLookupsPerAddress", "100000");
        // No coverage computed behind the tests' backs: they count and time the computations they cause.
        builder.UseSetting("Zones:Analysis:WarmIntervalSeconds", "0");
        builder.UseSetting("Zones:WarmTilePool", "false");
        // No notification scheduler behind the tests' backs: tests run it by hand at the moments they choose.
        builder.UseSetting("Zones:Notify:Enabled", "false");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
    }

    /// <summary>GETs <paramref name="path"/> and parses the JSON body; fails on a non-success status.</summary>
    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await CreateClient().GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
