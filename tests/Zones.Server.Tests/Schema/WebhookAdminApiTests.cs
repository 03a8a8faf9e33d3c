using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Tests.Data.Complaints;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Complaints.ComplaintKit;

namespace Zones.Server.Tests.Schema;

/// <summary>
/// What the 通知推送 admin screen needs of the webhook API beyond issue #14 §5 (the screens of #14's "left
/// out"): a change carries the version the admin read and a stale one is refused, and every webhook shows
/// the newest row of its delivery log.
/// </summary>
[Collection(PostgisCollection.Name)]
public class WebhookAdminApiTests(PostgisFixture pg) : ComplaintTownshipTests(pg)
{
    static readonly Actor Admin = TownshipAdmin;

    Task<JsonElement> RunAsync(string query) => GraphQLHarness.DataAsync(Pg.ConnectionString, query, Admin);

    async Task<JsonElement> SaveAsync(string fields) => (await RunAsync($$"""
        mutation { saveWebhook(input: { {{fields}} }) { webhook { id name version }
          errors { __typename ... on UserError { message path } ... on VersionConflictError { currentVersion } } } }
        """)).GetProperty("saveWebhook");

    async Task<(string Id, int Version)> CreateAsync(string name)
    {
        var w = (await SaveAsync($"""townshipCode: "{Township}", name: "{name}", url: "https://hooks.example.com/{name}", secret: "a-secret-of-24-characters" """))
            .GetProperty("webhook");
        return (w.GetProperty("id").GetString()!, w.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_change_with_the_version_read_is_saved_and_a_stale_one_is_refused_with_the_current_version()
    {
        var (id, version) = await CreateAsync("企业微信");
        var saved = await SaveAsync($"""id: "{id}", name: "企业微信（新）", url: "https://hooks.example.com/a", expectedVersion: {version}""");
        Assert.Equal(version + 1, saved.GetProperty("webhook").GetProperty("version").GetInt32());

        var stale = await SaveAsync($"""id: "{id}", name: "别人的改动", url: "https://hooks.example.com/b", expectedVersion: {version}""");
        var error = stale.GetProperty("errors")[0];
        Assert.Equal(("VersionConflictError", version + 1, "[\"input\",\"expectedVersion\"]"),
            (error.GetProperty("__typename").GetString(), error.GetProperty("currentVersion").GetInt32(), error.GetProperty("path").GetRawText()));
        Assert.StartsWith("webhook“企业微信（新）”已被他人修改", error.GetProperty("message").GetString());
        Assert.Equal("企业微信（新）", await Kit.ScalarAsync<string>($"SELECT name FROM zones.webhook WHERE id = {id}"));
    }

    [Fact]
    public async Task A_change_without_a_version_is_saved_as_before()
    {
        var (id, _) = await CreateAsync("短信网关");
        var saved = await SaveAsync($"""id: "{id}", name: "短信网关2", url: "https://hooks.example.com/c", enabled: false""");
        Assert.Equal("短信网关2", saved.GetProperty("webhook").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Each_webhook_shows_its_newest_delivery_and_none_before_it_has_sent()
    {
        var (sent, _) = await CreateAsync("已发送");
        var (quiet, _) = await CreateAsync("未发送");
        await Kit.ExecuteAsync($"""
            INSERT INTO zones.webhook_delivery (township_code, webhook_id, kind, payload, status, attempts, last_status, created_at) VALUES
              ('{Township}', {sent}, 'test', '{"{}"}', 'delivered', 1, 200, now() - interval '1 hour'),
              ('{Township}', {sent}, 'new', '{"{}"}', 'pending', 2, 500, now())
            """);
        var hooks = (await RunAsync($$"""{ webhooks(townshipCode: "{{Township}}") { id lastDelivery { kind status attempts lastStatus } } }"""))
            .GetProperty("webhooks").EnumerateArray().ToDictionary(w => w.GetProperty("id").GetString()!, w => w.GetProperty("lastDelivery"));
        Assert.Equal("""{"kind":"NEW","status":"PENDING","attempts":2,"lastStatus":500}""", hooks[sent].GetRawText());
        Assert.Equal(JsonValueKind.Null, hooks[quiet].ValueKind);
    }

    [Fact]
    public async Task A_delete_with_a_stale_version_keeps_the_webhook_and_one_with_the_version_read_removes_it()
    {
        var (id, version) = await CreateAsync("值班短信");
        await SaveAsync($"""id: "{id}", name: "值班短信（改）", url: "https://hooks.example.com/d", expectedVersion: {version}""");
        Task<JsonElement> DeleteAsync(int v) => RunAsync($$"""
            mutation { deleteWebhook(input: { id: "{{id}}", expectedVersion: {{v}} }) { id errors { __typename ... on VersionConflictError { currentVersion } } } }
            """);
        var stale = (await DeleteAsync(version)).GetProperty("deleteWebhook").GetProperty("errors")[0];
        Assert.Equal(("VersionConflictError", version + 1), (stale.GetProperty("__typename").GetString(), stale.GetProperty("currentVersion").GetInt32()));
        Assert.Equal(1L, await Kit.ScalarAsync<long>($"SELECT count(*) FROM zones.webhook WHERE id = {id}"));
        Assert.Equal(0, (await DeleteAsync(version + 1)).GetProperty("deleteWebhook").GetProperty("errors").GetArrayLength());
        Assert.Equal(0L, await Kit.ScalarAsync<long>($"SELECT count(*) FROM zones.webhook WHERE id = {id}"));
    }
}
