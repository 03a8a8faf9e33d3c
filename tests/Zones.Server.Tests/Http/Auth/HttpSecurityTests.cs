using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Mvc.Testing;
using Zones.Server.Data.Demo;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Http.Auth.AuthTestKit;

namespace Zones.Server.Tests.Http.Auth;

/// <summary>
/// The HTTP edge (issue #10 §4): WebSocket origins, security headers, secure cookies behind a
/// trusted proxy, API keys only in a header outside Open311, and what /health tells strangers.
/// </summary>
[Collection(PostgisCollection.Name)]
public class HttpSecurityTests(PostgisFixture pg) : ServerTests(pg)
{
    static async Task<WebSocket> ConnectAsync(WebApplicationFactory<Program> app, string? origin)
    {
        var client = app.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        if (origin is not null)
            client.ConfigureRequest = r => r.Headers.Origin = origin;
        return await client.ConnectAsync(new Uri(app.Server.BaseAddress, "graphql"), CancellationToken.None);
    }

    [Fact]
    public async Task A_websocket_from_a_foreign_origin_is_refused_before_the_upgrade()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ConnectAsync(App, "https://evil.example"));
        Assert.Contains("403", refused.Message);
    }

    [Theory]
    [InlineData("http://localhost")]
    [InlineData(null)]
    public async Task A_websocket_from_our_own_page_or_a_script_is_accepted(string? origin)
    {
        using var socket = await ConnectAsync(App, origin);
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task A_configured_origin_may_open_a_websocket()
    {
        await using var app = App.WithWebHostBuilder(b => b.UseSetting("Zones:Auth:AllowedOrigins:0", "https://map.example.gov.cn"));
        using var socket = await ConnectAsync(app, "https://map.example.gov.cn");
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task The_map_page_sends_the_security_headers()
    {
        var response = await App.CreateClient().GetAsync("/");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Without_external_layers_the_policy_allows_only_the_configured_base_map_hosts()
    {
        await using var app = App.WithWebHostBuilder(b => b.UseSetting("Zones:Map:TiandituKey", "k").UseSetting("Zones:Map:ExternalLayers", "false")
            .UseSetting("Zones:BaseMapUrl", "https://{a-c}.tile.example.org/{z}/{x}/{y}.png"));
        var csp = (await app.CreateClient().GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("img-src 'self' data: blob: https://*.tianditu.gov.cn https://*.tile.example.org;", csp);
    }

    // Issue #13: a user adds a WMTS / WMS / XYZ service by URL, so its images and capabilities come from any host; scripts never.
    [Fact]
    public async Task By_default_the_policy_lets_the_map_load_external_layers_but_no_outside_script()
    {
        var csp = (await App.CreateClient().GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("img-src 'self' data: blob: https: http:;", csp);
        Assert.Contains("connect-src 'self' https: http:;", csp);
        Assert.Contains("script-src 'self';", csp);
    }

    [Theory]
    [InlineData("https", "secure")]
    [InlineData("http", null)]
    public async Task The_cookie_is_secure_when_the_trusted_proxy_says_https(string scheme, string? secure)
    {
        await using var app = App.WithWebHostBuilder(b => b.UseSetting("Zones:Http:TrustedProxies:0", "10.0.0.0/8"));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", scheme);
        var login = await client.PostAsJsonAsync("/auth/login", Login("viewer", "viewer-demo-2026"));
        var cookie = login.Headers.GetValues("Set-Cookie").Single();
        Assert.Equal(secure is not null, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/graphql?query={__typename}&api_key=" + DemoAccounts.HotlineKey)]
    [InlineData("/ogc/collections?api_key=" + DemoAccounts.HotlineKey)]
    [InlineData("/tiles/zones/10/500/300.mvt?api_key=" + DemoAccounts.HotlineKey)]
    public async Task An_api_key_in_the_url_outside_open311_is_refused_with_400(string path)
    {
        var response = await App.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("X-Api-Key", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Open311_still_takes_the_api_key_as_a_parameter()
    {
        var response = await App.CreateClient().GetAsync("/open311/v2/services.json?api_key=" + DemoAccounts.HotlineKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_tells_a_stranger_only_healthy_or_not()
    {
        var response = await App.CreateClient().GetAsync("/health");
        Assert.Equal("""{"status":"Healthy"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_shows_an_admin_the_details()
    {
        var admin = Client(App, "Cookie", await CookieAsync(App, "admin", "admin-demo-2026"));
        var health = await admin.GetStringAsync("/health");
        Assert.Contains(await Pg.ScalarAsync<string>("SELECT postgis_lib_version()"), health);
    }
}
