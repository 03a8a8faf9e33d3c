using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Http.Admin.AdminWorld;

namespace Zones.Server.Tests.Http.Admin;

/// <summary>Users and API keys managed by admins within their scope (issue #11 §6), through GraphQL and /auth.</summary>
public class AccountAdminTests(AccountAdminWorld w) : IClassFixture<AccountAdminWorld>
{
    const string Password = "first-password-2026";
    const string UserSelection = "user { id username role townshipCode countyCode mustChangePassword disabledAt lastSignInAt }";
    static int _serial;

    static string NewName() => $"acct-{Interlocked.Increment(ref _serial)}";

    async Task<JsonElement> CreateUserAsync(string who, string username, string? township = SecondTownship.Code, string? county = null,
                                            string role = "VIEWER") =>
        await w.MutateAsync(who, "createUser", new { username, displayName = "测试用户", role, townshipCode = township, countyCode = county, password = Password },
                            UserSelection);

    /// <summary>Signs in by bearer token; returns the status and the body.</summary>
    async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> SignInAsync(string username, string password)
    {
        var response = await w.App.CreateClient().PostAsJsonAsync("/auth/login", new { username, password, mode = "bearer" });
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default, response);
    }

    HttpClient Bearer(string token)
    {
        var client = w.App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    [Fact]
    public async Task A_township_admin_creates_a_user_of_their_township_who_must_change_the_password()
    {
        var payload = await CreateUserAsync(SecondTownship.User("admin"), NewName());
        Assert.Empty(Errors(payload));
        Assert.True(payload.GetProperty("user").GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task A_township_admin_cannot_create_users_elsewhere_nor_wider_than_their_township()
    {
        var admin = SecondTownship.User("admin");
        Assert.Equal(["ForbiddenError"], Errors(await CreateUserAsync(admin, NewName(), township: w.DemoCode)));
        Assert.Equal(["ForbiddenError"], Errors(await CreateUserAsync(admin, NewName(), township: null, county: SecondTownship.County)));
        Assert.Equal(["ForbiddenError"], Errors(await CreateUserAsync(admin, NewName(), township: null)));
    }

    [Fact]
    public async Task The_county_admin_creates_users_of_the_county_and_of_its_townships_but_not_installation_wide()
    {
        Assert.Empty(Errors(await CreateUserAsync(SecondTownship.CountyAdmin, NewName(), township: w.DemoCode)));
        Assert.Empty(Errors(await CreateUserAsync(SecondTownship.CountyAdmin, NewName(), township: null, county: SecondTownship.County, role: "ADMIN")));
        Assert.Equal(["ForbiddenError"], Errors(await CreateUserAsync(SecondTownship.CountyAdmin, NewName(), township: null)));
    }

    [Fact]
    public async Task A_planner_may_not_manage_users_nor_list_them()
    {
        Assert.Equal(["ForbiddenError"], Errors(await CreateUserAsync(SecondTownship.User("planner"), NewName())));
        var list = await w.QueryAsync(SecondTownship.User("planner"), "{ users { username } }");
        Assert.Contains("只有管理员", list.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Users_lists_only_the_accounts_within_the_admin_scope()
    {
        var names = (await w.QueryAsync(SecondTownship.User("admin"), "{ users { username townshipCode } }")).GetProperty("data").GetProperty("users")
            .EnumerateArray().Select(u => u.GetProperty("townshipCode").GetString()).Distinct();
        Assert.Equal([SecondTownship.Code], names);
    }

    [Fact]
    public async Task A_disabled_user_is_refused_at_the_next_request_and_cannot_sign_in()
    {
        var name = NewName();
        var id = (await CreateUserAsync(SecondTownship.User("admin"), name)).GetProperty("user").GetProperty("id").GetString();
        var token = (await SignInAsync(name, Password)).Body.GetProperty("accessToken").GetString()!;
        Assert.True((await Auth.AuthTestKit.MeAsync(Bearer(token))).GetProperty("signedIn").GetBoolean());
        Assert.Empty(Errors(await w.MutateAsync(SecondTownship.User("admin"), "disableUser", new { id }, UserSelection)));
        Assert.False((await Auth.AuthTestKit.MeAsync(Bearer(token))).GetProperty("signedIn").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(name, Password)).Status);
        Assert.Empty(Errors(await w.MutateAsync(SecondTownship.User("admin"), "enableUser", new { id }, UserSelection)));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(name, Password)).Status);
    }

    [Fact]
    public async Task After_a_reset_the_user_must_change_the_password_before_writing()
    {
        var name = NewName();
        var id = (await CreateUserAsync(SecondTownship.User("admin"), name, role: "PLANNER")).GetProperty("user").GetProperty("id").GetString();
        Assert.Empty(Errors(await w.MutateAsync(SecondTownship.User("admin"), "resetPassword", new { id, password = "reset-password-2026" }, UserSelection)));
        var signIn = await SignInAsync(name, "reset-password-2026");
        Assert.Equal("true", signIn.Response.Headers.GetValues("X-Zones-Must-Change-Password").Single());
        var client = Bearer(signIn.Body.GetProperty("accessToken").GetString()!);
        Assert.True((await Auth.AuthTestKit.MeAsync(client)).GetProperty("mustChangePassword").GetBoolean());
        var refused = await MutateAsync(client, "updateTownship", new { code = SecondTownship.Code, isPublic = false }, "township { code }");
        Assert.Contains("请先修改密码", Message(refused));

        var changed = await client.PostAsJsonAsync("/auth/password", new { currentPassword = "reset-password-2026", newPassword = "my-own-password-2026" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.False((await Auth.AuthTestKit.MeAsync(client)).GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(name, "my-own-password-2026")).Status);
    }

    [Fact]
    public async Task A_new_password_shorter_than_12_characters_or_a_wrong_current_one_is_refused()
    {
        var name = NewName();
        await CreateUserAsync(SecondTownship.User("admin"), name);
        var client = Bearer((await SignInAsync(name, Password)).Body.GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/auth/password", new { currentPassword = Password, newPassword = "short" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/auth/password", new { currentPassword = "wrong-password-00", newPassword = "long-enough-password" })).StatusCode);
    }

    [Fact]
    public async Task Sign_in_records_the_last_sign_in_time()
    {
        var name = NewName();
        await CreateUserAsync(SecondTownship.User("admin"), name);
        await SignInAsync(name, Password);
        var users = await w.QueryAsync(SecondTownship.User("admin"), "{ users { username lastSignInAt } }");
        var row = users.GetProperty("data").GetProperty("users").EnumerateArray().Single(u => u.GetProperty("username").GetString() == name);
        Assert.Equal(JsonValueKind.String, row.GetProperty("lastSignInAt").ValueKind);
    }

    [Fact]
    public async Task A_key_is_shown_once_records_its_use_and_is_refused_once_revoked()
    {
        var admin = SecondTownship.User("admin");
        var created = await w.MutateAsync(admin, "createApiKey", new { name = "12345热线测试" }, "apiKey { id prefix townshipCode lastUsedAt } key");
        Assert.Empty(Errors(created));
        var (id, key) = (created.GetProperty("apiKey").GetProperty("id").GetString(), created.GetProperty("key").GetString()!);
        Assert.Equal(SecondTownship.Code, created.GetProperty("apiKey").GetProperty("townshipCode").GetString());
        var hotline = Auth.AuthTestKit.Client(w.App, "X-Api-Key", key);
        Assert.True((await ReportAsync(hotline)).IsSuccessStatusCode);
        var keys = await w.QueryAsync(admin, "{ apiKeys { id prefix lastUsedAt } }");
        var row = keys.GetProperty("data").GetProperty("apiKeys").EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);
        Assert.Equal((key[..8], JsonValueKind.String), (row.GetProperty("prefix").GetString(), row.GetProperty("lastUsedAt").ValueKind));
        Assert.Empty(Errors(await w.MutateAsync(admin, "revokeApiKey", new { id }, "apiKey { revokedAt }")));
        // GeoReport v2 answers an invalid api_key with 403 (issue #14 §4).
        Assert.Equal(HttpStatusCode.Forbidden, (await ReportAsync(hotline)).StatusCode);
    }

    /// <summary>What a hotline does with its key: reports a case in the second township over Open311.</summary>
    static Task<HttpResponseMessage> ReportAsync(HttpClient hotline) => hotline.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(
        new Dictionary<string, string> { ["service_code"] = "E0102", ["long"] = "119.895", ["lat"] = "31.02", ["description"] = "路边暴露垃圾" }));

    [Fact]
    public async Task An_admin_cannot_revoke_a_key_of_another_township()
    {
        var keys = await w.QueryAsync(SecondTownship.CountyAdmin, $"{{ apiKeys(townshipCode: \"{w.DemoCode}\") {{ id }} }}");
        var id = keys.GetProperty("data").GetProperty("apiKeys")[0].GetProperty("id").GetString();
        Assert.Equal(["ForbiddenError"], Errors(await w.MutateAsync(SecondTownship.User("admin"), "revokeApiKey", new { id }, "apiKey { id }")));
    }
}
