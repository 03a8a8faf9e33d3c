using System.Net;
using System.Net.Http.Json;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Http.Auth.AuthTestKit;

namespace Zones.Server.Tests.Http.Auth;

/// <summary>The growing lockout after failed sign-ins, per user name and per address (issue #10 §4).</summary>
[Collection(PostgisCollection.Name)]
public class SignInLockoutTests(PostgisFixture pg) : ServerTests(pg)
{
    /// <summary>Signs in <paramref name="times"/> times with a wrong password; returns the statuses.</summary>
    static async Task<List<HttpStatusCode>> FailAsync(HttpClient client, string user, int times)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
            statuses.Add((await client.PostAsJsonAsync("/auth/login", Login(user, "wrong-password"))).StatusCode);
        return statuses;
    }

    static async Task<(HttpResponseMessage Response, string Body)> LoginAsync(HttpClient client, string user, string password = Password)
    {
        var response = await client.PostAsJsonAsync("/auth/login", Login(user, password));
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_failures_lock_the_name_with_retry_after_and_a_message_saying_when()
    {
        var user = await NewUserAsync(Pg, "viewer");
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.TooManyRequests],
                     await FailAsync(App.CreateClient(), user, 5));
        var (locked, body) = await LoginAsync(App.CreateClient(), user);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.InRange(int.Parse(locked.Headers.GetValues("Retry-After").Single()), 1, 60);
        Assert.Contains("登录失败次数过多，请在 1 分钟后重试", body);
        Assert.Contains("try again in 1 minute", body);
    }

    [Fact]
    public async Task The_next_lockout_lasts_longer()
    {
        var user = $"nobody-{Guid.NewGuid():N}"[..20];   // names that do not exist lock the same way
        await FailAsync(App.CreateClient(), user, 5);
        await Pg.ExecuteAsync($"UPDATE zones.sign_in_failure SET locked_until = now() - interval '1 second' WHERE subject = 'user:{user}'");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await FailAsync(App.CreateClient(), user, 5))[^1]);
        var (response, body) = await LoginAsync(App.CreateClient(), user);
        Assert.InRange(int.Parse(response.Headers.GetValues("Retry-After").Single()), 61, 300);
        Assert.Contains("请在 5 分钟后重试", body);
    }

    [Fact]
    public async Task A_right_password_clears_the_count_before_the_lockout()
    {
        var user = await NewUserAsync(Pg, "viewer");
        await FailAsync(App.CreateClient(), user, 4);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(App.CreateClient(), user)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await FailAsync(App.CreateClient(), user, 4))[^1]);
    }

    [Fact]
    public async Task One_address_is_locked_after_its_own_number_of_failures()
    {
        await using var app = App.WithWebHostBuilder(b => b.UseSetting("Zones:Http:TrustedProxies:0", "10.9.9.9")
                                                            .UseSetting("Zones:Auth:AddressMaxFailures", "3"));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.51.100.{Random.Shared.Next(1, 250)}");
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await FailAsync(client, $"guess-{Guid.NewGuid():N}"[..16], 1))[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await FailAsync(client, $"guess-{Guid.NewGuid():N}"[..16], 1))[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/auth/login", Login("viewer", "viewer-demo-2026"))).StatusCode);
    }

    [Fact]
    public async Task The_rate_limiter_answers_429_with_retry_after()
    {
        await using var app = App.WithWebHostBuilder(b => b.UseSetting("Zones:Auth:SignInsPerMinute", "2"));
        var client = app.CreateClient();
        await FailAsync(client, $"rate-{Guid.NewGuid():N}"[..16], 2);
        var response = await client.PostAsJsonAsync("/auth/login", Login("viewer", "viewer-demo-2026"));
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.Contains("Retry-After"));
        Assert.Contains("登录尝试过于频繁，请在 1 分钟后重试", await response.Content.ReadAsStringAsync());
    }
}
