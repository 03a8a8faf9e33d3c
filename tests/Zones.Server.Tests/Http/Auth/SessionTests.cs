using System.Net;
using System.Text.Json;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Http.Auth.AuthTestKit;

namespace Zones.Server.Tests.Http.Auth;

/// <summary>Sessions that can be taken back (issue #10 §4), through the real pipeline and database.</summary>
[Collection(PostgisCollection.Name)]
public class SessionTests(PostgisFixture pg) : ServerTests(pg)
{
    Task<int> SqlAsync(string sql, string user) => Pg.ExecuteAsync(sql.Replace("$user", $"'{user}'"));

    static async Task<bool> SignedIn(HttpClient client) => (await MeAsync(client)).GetProperty("signedIn").GetBoolean();

    [Fact]
    public async Task A_cookie_replayed_after_sign_out_is_refused()
    {
        var cookie = await CookieAsync(App, await NewUserAsync(Pg, "viewer"));
        var browser = Client(App, "Cookie", cookie);
        Assert.True(await SignedIn(browser));
        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/auth/logout", null)).StatusCode);
        Assert.False(await SignedIn(Client(App, "Cookie", cookie)));
    }

    [Fact]
    public async Task A_bearer_token_is_refused_after_sign_out()
    {
        var token = await BearerAsync(App, await NewUserAsync(Pg, "planner"));
        var script = Client(App, "Authorization", "Bearer " + token);
        Assert.Equal("planner", (await MeAsync(script)).GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await script.PostAsync("/auth/logout", null)).StatusCode);
        Assert.False(await SignedIn(script));
    }

    [Fact]
    public async Task A_disabled_user_is_signed_out_at_the_next_request()
    {
        var user = await NewUserAsync(Pg, "viewer");
        var browser = Client(App, "Cookie", await CookieAsync(App, user));
        Assert.True(await SignedIn(browser));
        await SqlAsync("UPDATE zones.app_user SET disabled_at = now() WHERE username = $user", user);
        Assert.False(await SignedIn(browser));
    }

    [Fact]
    public async Task A_new_role_counts_from_the_next_request()
    {
        var user = await NewUserAsync(Pg, "viewer");
        var script = Client(App, "Authorization", "Bearer " + await BearerAsync(App, user));
        Assert.Equal("viewer", (await MeAsync(script)).GetProperty("role").GetString());
        await SqlAsync("UPDATE zones.app_user SET role = 'planner' WHERE username = $user", user);
        Assert.Equal("planner", (await MeAsync(script)).GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_new_scope_counts_from_the_next_request()
    {
        var user = await NewUserAsync(Pg, "viewer");
        var browser = Client(App, "Cookie", await CookieAsync(App, user));
        Assert.Equal(Pg.TownshipCode, (await MeAsync(browser)).GetProperty("township").GetString());
        await SqlAsync("""
            UPDATE zones.app_user u SET township_code = NULL, county_code = t.county_code
            FROM zones.township t WHERE t.division_code = u.township_code AND u.username = $user
            """, user);
        var me = await MeAsync(browser);
        Assert.Equal(JsonValueKind.Null, me.GetProperty("township").ValueKind);
        Assert.Equal(await Pg.ScalarAsync<string>($"SELECT county_code FROM zones.township WHERE division_code = '{Pg.TownshipCode}'"),
                     me.GetProperty("county").GetString());
    }

    [Fact]
    public async Task The_database_keeps_only_a_hash_of_the_session_token()
    {
        var user = await NewUserAsync(Pg, "viewer");
        await BearerAsync(App, user);
        Assert.Equal(1L, await Pg.ScalarAsync<long>($"""
            SELECT count(*) FROM zones.app_session s JOIN zones.app_user u ON u.id = s.user_id
            WHERE u.username = '{user}' AND s.kind = 'bearer' AND length(s.token_sha256) = 32 AND s.revoked_at IS NULL
            """));
    }

    [Fact]
    public async Task An_open_subscription_socket_is_closed_when_its_sign_in_ends()
    {
        var token = await BearerAsync(App, await NewUserAsync(Pg, "viewer"));
        using var socket = await GraphQLSockets.SubscribeAsync(App, "subscription { complaintChanged { caseNumber } }", token);
        await Task.Delay(300); // let the subscription register before anything happens
        await Client(App, "Authorization", "Bearer " + token).PostAsync("/auth/logout", null);
        var reported = await App.ExecuteAsync("""
            mutation { reportComplaint(input: {location: {point: {lon: 119.805, lat: 31.035}}, categoryKind: "event",
              categoryCode: "0102", source: HOTLINE_12345, description: "会话结束后的推送"}) { errors { __typename } } }
            """, actor: new Zones.Server.Data.Actor("apikey:test", "hotline"));
        Assert.Equal(0, reported.GetProperty("data").GetProperty("reportComplaint").GetProperty("errors").GetArrayLength());
        Assert.Equal("", await GraphQLSockets.ReceiveAsync(socket)); // a close frame, not the case
        Assert.Equal(4403, (int?)socket.CloseStatus);
    }
}
