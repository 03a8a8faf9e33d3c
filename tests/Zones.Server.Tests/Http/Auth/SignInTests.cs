using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zones.Server.Data.Demo;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Auth;

/// <summary>Sign-in by cookie, bearer token and API key through the real pipeline (issue #4 §7).</summary>
[Collection(PostgisCollection.Name)]
public class SignInTests(PostgisFixture pg) : IAsyncLifetime
{
    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    static object Login(string user, string password, string? mode = null) => new { username = user, password, mode };

    static async Task<string?> RoleOf(HttpResponseMessage me) =>
        me.IsSuccessStatusCode ? JsonDocument.Parse(await me.Content.ReadAsStringAsync()).RootElement.GetProperty("role").GetString() : null;

    [Fact]
    public async Task A_cookie_sign_in_is_remembered_by_the_browser()
    {
        var client = _app.CreateClient();  // keeps cookies, like a browser
        (await client.PostAsJsonAsync("/auth/login", Login("planner", "planner-demo-2026"))).EnsureSuccessStatusCode();
        Assert.Equal("planner", await RoleOf(await client.GetAsync("/auth/me")));
    }

    [Fact]
    public async Task A_bearer_token_identifies_a_script()
    {
        var login = await _app.CreateClient().PostAsJsonAsync("/auth/login", Login("viewer", "viewer-demo-2026", "bearer"));
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal("viewer", await RoleOf(await client.GetAsync("/auth/me")));
    }

    [Theory]
    [InlineData("planner", "wrong")]
    [InlineData("nobody", "planner-demo-2026")]
    public async Task A_wrong_name_or_password_gets_the_same_401(string user, string password)
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/auth/login", Login(user, password));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_login_without_json_gets_400_saying_what_to_send()
    {
        var response = await _app.CreateClient().PostAsync("/auth/login", new StringContent("user=admin"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_hotline_api_key_signs_in_as_hotline()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoAccounts.HotlineKey);
        Assert.Equal("hotline", await RoleOf(await client.GetAsync("/auth/me")));
    }

    [Fact]
    public async Task An_unknown_api_key_is_not_signed_in()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "not-a-key");
        var me = await client.GetAsync("/auth/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("""{"signedIn":false}""", await me.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Passwords_are_stored_hashed() =>
        Assert.Equal(0L, await pg.ScalarAsync<long>("SELECT count(*) FROM zones.app_user WHERE password_hash LIKE '%demo-2026%'"));
}
