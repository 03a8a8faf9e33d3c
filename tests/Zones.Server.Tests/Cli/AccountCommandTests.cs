using System.Net.Http.Json;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Cli;

/// <summary><c>add-user</c> and <c>add-api-key</c> through the real server binary (issue #10: how keys are issued).</summary>
[Collection(PostgisCollection.Name)]
public class AccountCommandTests(PostgisFixture pg)
{
    const string Password = "a-long-password-2026";

    Task<ProcessRunner.Result> RunAsync(string? stdin, params string[] args) =>
        ProcessRunner.RunServerWithInputAsync(pg.ConnectionString, stdin, args);

    [Fact]
    public async Task A_county_admin_is_created_with_its_county_scope_and_signs_in()
    {
        var result = await RunAsync(Password + "\n", "add-user", "cli-county", "--role", "admin", "--county", pg.TownshipCode[..6]);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Equal(pg.TownshipCode[..6], await pg.ScalarAsync<string>("SELECT county_code FROM zones.app_user WHERE username = 'cli-county'"));
        await using var app = new ZonesApplication(pg.ConnectionString);
        var login = await app.CreateClient().PostAsync("/auth/login", JsonContent.Create(new { username = "cli-county", password = Password }));
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_password_on_the_command_line_is_not_taken_and_a_short_one_is_refused()
    {
        var result = await RunAsync("short\n", "add-user", "cli-short", "--role", "planner", "--township", pg.TownshipCode);
        Assert.Equal(64, result.ExitCode);
        Assert.Contains("12 characters or more", result.Stderr);
    }

    [Fact]
    public async Task A_user_needs_a_scope_and_an_unknown_township_is_explained()
    {
        Assert.Contains("--installation", (await RunAsync(Password, "add-user", "cli-none", "--role", "viewer")).Stderr);
        var unknown = await RunAsync(Password, "add-user", "cli-unknown", "--role", "viewer", "--township", "999999999999");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("请检查 --township / --county 的编码", unknown.Stderr);
    }

    [Fact]
    public async Task A_new_api_key_is_printed_once_and_works_in_the_header()
    {
        var result = await RunAsync(null, "add-api-key", "cli-热线", "--township", pg.TownshipCode);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        var key = result.Stdout.Split('\n')[1].Trim();
        Assert.Equal(0L, await pg.ScalarAsync<long>($"SELECT count(*) FROM zones.api_key WHERE key_hash::text LIKE '%{key}%'"));
        await using var app = new ZonesApplication(pg.ConnectionString);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Contains("\"role\":\"hotline\"", await client.GetStringAsync("/auth/me"));
    }
}
