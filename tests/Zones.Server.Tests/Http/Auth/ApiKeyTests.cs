using Zones.Server.Data.Auth;
using Zones.Server.Data.Demo;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Http.Auth.AuthTestKit;

namespace Zones.Server.Tests.Http.Auth;

/// <summary>API keys stored salted, found by their prefix, refused once revoked (issue #10 §4).</summary>
[Collection(PostgisCollection.Name)]
public class ApiKeyTests(PostgisFixture pg) : ServerTests(pg)
{
    async Task<string?> RoleWithKeyAsync(string key)
    {
        var me = await MeAsync(Client(App, "X-Api-Key", key));
        return me.GetProperty("signedIn").GetBoolean() ? me.GetProperty("role").GetString() : null;
    }

    [Fact]
    public async Task The_demo_key_is_stored_salted_with_its_prefix_in_clear()
    {
        Assert.Equal(1L, await Pg.ScalarAsync<long>("""
            SELECT count(*) FROM zones.api_key
            WHERE key_prefix = 'demo-hot' AND length(key_salt) = 32 AND length(key_hash) = 32
              AND key_hash <> sha256(convert_to('demo-hotline-key-12345', 'UTF8'))
            """));
        Assert.Equal("hotline", await RoleWithKeyAsync(DemoAccounts.HotlineKey));
    }

    [Fact]
    public async Task A_revoked_key_is_refused()
    {
        var key = UserStore.NewApiKey();
        await new UserStore(Pg.DataSource).CreateApiKeyAsync(Pg.TownshipCode, "将吊销", key, "viewer", default);
        Assert.Equal("viewer", await RoleWithKeyAsync(key));
        await Pg.ExecuteAsync($"UPDATE zones.api_key SET revoked_at = now() WHERE key_prefix = '{key[..8]}'");
        Assert.Null(await RoleWithKeyAsync(key));
    }

    [Fact]
    public async Task Keys_sharing_a_prefix_are_told_apart_by_their_hash()
    {
        var store = new UserStore(Pg.DataSource);
        await store.CreateApiKeyAsync(Pg.TownshipCode, "同前缀甲", "same-pre-key-one-1", "viewer", default);
        await store.CreateApiKeyAsync(Pg.TownshipCode, "同前缀乙", "same-pre-key-two-2", "hotline", default);
        Assert.Equal("viewer", await RoleWithKeyAsync("same-pre-key-one-1"));
        Assert.Equal("hotline", await RoleWithKeyAsync("same-pre-key-two-2"));
        Assert.Null(await RoleWithKeyAsync("same-pre-key-three"));
    }

    [Fact]
    public async Task A_key_salted_by_the_migration_works_and_gains_its_prefix_at_first_use()
    {
        var key = UserStore.NewApiKey();
        // What migration 0011 leaves of a key stored before it: a salted SHA-256 of its SHA-256, no prefix.
        await Pg.ExecuteAsync($"""
            INSERT INTO zones.api_key (township_code, name, role, key_salt, key_hash)
            SELECT '{Pg.TownshipCode}', '旧密钥', 'hotline', s, sha256(s || sha256(convert_to('{key}', 'UTF8')))
            FROM (SELECT uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) AS s) salt
            """);
        Assert.Equal("hotline", await RoleWithKeyAsync(key));
        Assert.Equal(1L, await Pg.ScalarAsync<long>($"SELECT count(*) FROM zones.api_key WHERE key_prefix = '{key[..8]}'"));
    }
}
