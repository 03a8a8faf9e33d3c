using System.Net;
using System.Net.Http.Json;
using Npgsql;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http;

/// <summary>
/// Faults of the database get the right answer (issue #10 §6): while it is down every interface
/// answers 503 with a message that says so, never 200 with "Internal server error" or a 500; a
/// pooled connection broken by a restart is retried once for reads, so the reader never notices.
/// The server reaches PostgreSQL through a <see cref="TcpProxy"/> the tests can cut.
/// </summary>
[Collection(PostgisCollection.Name)]
public class DatabaseFaultTests(PostgisFixture pg) : IAsyncLifetime
{
    const string Message = "数据库暂时无法连接，请稍后重试。The database cannot be reached; try again shortly.";

    TcpProxy _proxy = null!;
    ZonesApplication _app = null!;
    string _applicationName = "";

    public async Task InitializeAsync()
    {
        var b = new NpgsqlConnectionStringBuilder(pg.ConnectionString);
        _proxy = new TcpProxy(b.Host!, b.Port);
        _applicationName = $"zones_faults_{Guid.NewGuid():N}"[..30];
        (b.Host, b.Port, b.ApplicationName) = ("127.0.0.1", _proxy.Port, _applicationName);
        _app = new ZonesApplication(b.ConnectionString);
        await Query();   // starts the server (its startup check needs the database) and fills the pool
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _proxy.DisposeAsync();
    }

    Task<HttpResponseMessage> Query(string query = "{ zones { totalCount } }") =>
        _app.CreateClient().PostAsJsonAsync("/graphql", new { query });

    static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(Message, body);
        Assert.DoesNotContain("Internal server error", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task While_the_database_is_down_GraphQL_answers_503_with_a_clear_message()
    {
        _proxy.Stop();
        await AssertUnavailableAsync(await Query());
    }

    [Theory]
    [InlineData("/ogc/collections/assets/items")]
    [InlineData("/tiles/zones/14/13651/6728.mvt")]
    [InlineData("/export/assets.csv?township=330522125000")]
    [InlineData("/open311/v2/requests.json")]
    public async Task While_the_database_is_down_every_read_interface_answers_503(string path)
    {
        _proxy.Stop();
        await AssertUnavailableAsync(await _app.CreateClient().GetAsync(path));
    }

    [Fact]
    public async Task While_the_database_is_down_an_Open311_report_answers_503()
    {
        _proxy.Stop();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
            { ["api_key"] = "demo-hotline-key-12345", ["service_code"] = "E0102", ["lat"] = "31.035", ["long"] = "119.805" });
        await AssertUnavailableAsync(await _app.CreateClient().PostAsync("/open311/v2/requests.json", form));
    }

    [Fact]
    public async Task When_the_database_is_back_queries_answer_again()
    {
        _proxy.Stop();
        await AssertUnavailableAsync(await Query());
        _proxy.Start();
        Assert.Equal(HttpStatusCode.OK, (await Query()).StatusCode);
    }

    [Fact]
    public async Task A_query_on_connections_a_restart_broke_is_retried_and_answers()
    {
        _proxy.DropConnections();
        var response = await Query();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"errors\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_GET_on_connections_a_restart_broke_is_retried_and_answers()
    {
        _proxy.DropConnections();
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync("/ogc/collections/assets/items?limit=1")).StatusCode);
    }

    [Fact]
    public async Task A_query_on_sessions_the_server_terminated_57P01_is_retried_and_answers()
    {
        await pg.ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{_applicationName}'");
        var response = await Query();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"errors\"", await response.Content.ReadAsStringAsync());
    }
}
