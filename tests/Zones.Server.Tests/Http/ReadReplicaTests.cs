using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Zones.Server.Data.Demo;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http;

/// <summary>
/// Reads through a read connection (issue #15 §2). The test cluster has no standby, so the read connection names one
/// that cannot be reached before the primary, as Npgsql multi-host does when the standby is down; the real standby is
/// proven in scripts/scaleout-test.sh.
/// </summary>
[Collection(PostgisCollection.Name)]
public class ReadReplicaTests(PostgisFixture pg)
{
    const string List = """{"query":"{ assets(first: 2) { totalCount } }"}""";
    const string Report = """
        {"query":"mutation { reportComplaint(input: {location: {point: {lon: 119.805, lat: 31.035}}, categoryKind: \"event\", categoryCode: \"0102\", source: HOTLINE_12345, description: \"读写分离测试\"}) { complaint { caseNumber } } }"}
        """;

    WebApplicationFactory<Program> WithStandbyDown(ZonesApplication app)
    {
        var primary = new NpgsqlConnectionStringBuilder(pg.ConnectionString);
        var read = new NpgsqlConnectionStringBuilder(pg.ConnectionString)
        {
            Host = $"127.0.0.1:1,{primary.Host}:{primary.Port}",
            TargetSessionAttributes = "prefer-standby",
        };
        return app.WithWebHostBuilder(b => b.UseSetting("ZONES_READ_DATABASE_URL", read.ConnectionString)
                                            .UseSetting("Zones:Database:CheckIntervalSeconds", "0.2"));
    }

    static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task Lists_tiles_and_OGC_items_answer_from_the_primary_when_the_standby_cannot_be_reached()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        await using var reads = WithStandbyDown(app);
        var client = reads.CreateClient();
        var list = await client.PostAsync("/graphql", Json(List));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("totalCount", await list.Content.ReadAsStringAsync());
        Assert.True((await client.GetAsync("/tiles/assets/14/13644/6704.mvt")).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ogc/collections/assets/items?limit=2")).StatusCode);
    }

    [Fact]
    public async Task Health_tells_an_admin_that_the_standby_is_down_and_stays_200()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        await using var reads = WithStandbyDown(app);
        var login = await reads.CreateClient().PostAsJsonAsync("/auth/login",
            new { username = "admin", password = SignedInClients.PasswordOf("admin"), mode = "bearer" });
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        var admin = reads.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", token);
        JsonElement health = default;
        for (var i = 0; i < 50; i++)
        {
            var response = await admin.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            if (health.GetProperty("replica").GetProperty("state").GetString() == "down")
                break;
            await Task.Delay(100);
        }
        Assert.Equal("down", health.GetProperty("replica").GetProperty("state").GetString());
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.Equal("""{"status":"Degraded"}""", await reads.CreateClient().GetStringAsync("/health"));
    }

    [Fact]
    public async Task A_mutation_keeps_its_client_on_the_primary_for_a_while_and_a_query_does_not()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        await using var reads = WithStandbyDown(app);
        var hotline = reads.CreateClient();
        hotline.DefaultRequestHeaders.Add("X-Api-Key", DemoAccounts.HotlineKey);
        var query = await hotline.PostAsync("/graphql", Json(List));
        Assert.False(query.Headers.Contains("Set-Cookie"));
        var mutation = await hotline.PostAsync("/graphql", Json(Report));
        Assert.Equal(HttpStatusCode.OK, mutation.StatusCode);
        var cookie = Assert.Single(mutation.Headers.GetValues("Set-Cookie"), c => c.StartsWith("zones-fresh=", StringComparison.Ordinal));
        Assert.Contains("max-age=5", cookie);   // MaxLagSeconds 5 + two checks of the monitor (0.2 s each here)
    }

    [Fact]
    public async Task Without_a_read_connection_a_mutation_sets_no_cookie_and_health_names_no_standby()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        var hotline = app.CreateClient();
        hotline.DefaultRequestHeaders.Add("X-Api-Key", DemoAccounts.HotlineKey);
        var mutation = await hotline.PostAsync("/graphql", Json(Report));
        Assert.Equal(HttpStatusCode.OK, mutation.StatusCode);
        Assert.False(mutation.Headers.Contains("Set-Cookie"));
        Assert.Equal("""{"status":"Healthy"}""", await app.CreateClient().GetStringAsync("/health"));
    }
}
