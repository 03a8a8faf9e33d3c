using Npgsql;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Cli;

/// <summary>A database of its own for <see cref="AdminCommandTests"/> (the commands create townships).</summary>
public sealed class AdminCommandDatabase : IAsyncLifetime
{
    public string ConnectionString { get; } = TestDatabases.Named("_admin_cli");
    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync() => DataSource = (await TestDatabases.CreateWithDemoAsync(ConnectionString)).DataSource;

    public async Task DisposeAsync() => await DataSource.DisposeAsync();
}

/// <summary><c>zones admin …</c> through the real server binary: the first admin of a fresh installation (issue #11 §6).</summary>
public class AdminCommandTests(AdminCommandDatabase db) : IClassFixture<AdminCommandDatabase>
{
    const string Password = "cli-admin-password-2026";

    Task<ProcessRunner.Result> RunAsync(string? stdin, params string[] args) =>
        ProcessRunner.RunServerWithInputAsync(db.ConnectionString, stdin, ["admin", .. args]);

    static void Succeeded(ProcessRunner.Result result) => Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);

    [Fact]
    public async Task A_township_is_added_with_its_county_name_and_a_bad_code_is_explained()
    {
        Succeeded(await RunAsync(null, "township", "add", "330522240000", "林城镇", "--county-name", "长兴县", "--public"));
        Assert.Equal("林城镇/长兴县/True", await db.DataSource.ScalarAsync<string>(
            "SELECT t.name || '/' || c.name || '/' || CASE WHEN t.is_public THEN 'True' ELSE 'False' END FROM zones.township t JOIN zones.county c ON c.code = t.county_code WHERE t.division_code = '330522240000'"));
        var bad = await RunAsync(null, "township", "add", "3305222", "短码镇");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("12 位数字", bad.Stderr);
    }

    [Fact]
    public async Task A_user_is_added_reset_and_disabled_and_a_key_added_and_revoked()
    {
        Succeeded(await RunAsync(Password + "\n", "user", "add", "cli-first-admin", "--role", "admin", "--installation"));
        Succeeded(await RunAsync("reset-password-2026\n", "user", "reset-password", "cli-first-admin"));
        Succeeded(await RunAsync(null, "user", "disable", "cli-first-admin"));
        Assert.Equal("t/t", await db.DataSource.ScalarAsync<string>(
            "SELECT CASE WHEN must_change_password THEN 't' ELSE 'f' END || '/' || CASE WHEN disabled_at IS NOT NULL THEN 't' ELSE 'f' END FROM zones.app_user WHERE username = 'cli-first-admin'"));
        var key = await RunAsync(null, "key", "add", "cli-热线", "--county", "330522");
        Succeeded(key);
        var id = await db.DataSource.ScalarAsync<long>("SELECT id FROM zones.api_key WHERE name = 'cli-热线'");
        Succeeded(await RunAsync(null, "key", "revoke", $"{id}"));
        Assert.True(await db.DataSource.ScalarAsync<bool>($"SELECT revoked_at IS NOT NULL FROM zones.api_key WHERE id = {id}"));
    }
}
