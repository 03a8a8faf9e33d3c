using System.Net;
using System.Net.Sockets;
using Npgsql;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http;

/// <summary>
/// The server binary refuses to start with a message that says what to do (exit code 2), never a
/// stack trace: port taken, database unreachable, bad login, missing database, schema behind.
/// </summary>
[Collection(PostgisCollection.Name)]
public class StartupErrorTests(PostgisFixture pg)
{
    static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    static async Task AssertRefusedAsync(ProcessRunner.Result result, string expected)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr);
        // No stack trace anywhere; on failure the whole output says which service wrote one.
        var output = result.Stderr + result.Stdout;
        Assert.False(output.Contains("   at ", StringComparison.Ordinal), $"A stack trace in the output:\n{output}");
        await Task.CompletedTask;
    }

    string With(Action<NpgsqlConnectionStringBuilder> change)
    {
        var b = new NpgsqlConnectionStringBuilder(pg.ConnectionString);
        change(b);
        return b.ConnectionString;
    }

    [Fact]
    public async Task A_taken_port_is_named_with_how_to_choose_another()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        await AssertRefusedAsync(await ProcessRunner.RunServerAsync(pg.ConnectionString, "--urls", $"http://127.0.0.1:{port}"),
                                 "ZONES_URL");
    }

    [Fact]
    public async Task An_unreachable_database_says_how_to_start_one() =>
        await AssertRefusedAsync(await ProcessRunner.RunServerAsync(With(b => b.Port = FreePort()), "--urls", $"http://127.0.0.1:{FreePort()}"),
                                 "Cannot reach PostgreSQL");

    [Fact]
    public async Task A_wrong_password_is_reported_as_a_refused_login() =>
        await AssertRefusedAsync(await ProcessRunner.RunServerAsync(With(b => b.Password = "wrong"), "migrate"),
                                 "refused the login");

    [Fact]
    public async Task A_missing_database_is_named() =>
        await AssertRefusedAsync(await ProcessRunner.RunServerAsync(With(b => b.Database = "no_such_db"), "migrate"),
                                 "does not exist");

    [Fact]
    public async Task A_database_without_the_schema_is_refused_unless_migrated()
    {
        await pg.ExecuteAsync("DROP DATABASE IF EXISTS zones_empty_test WITH (FORCE); CREATE DATABASE zones_empty_test");
        var empty = With(b => b.Database = "zones_empty_test");
        await AssertRefusedAsync(await ProcessRunner.RunServerAsync(empty, "--urls", $"http://127.0.0.1:{FreePort()}"),
                                 "migration(s) not applied");
        Assert.Equal(0, (await ProcessRunner.RunServerAsync(empty, "migrate")).ExitCode);
    }
}
