using Zones.Server.Data;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema;

/// <summary>Anonymous callers read only public townships; signed-in users read all (issue #4 §7).</summary>
[Collection(PostgisCollection.Name)]
public class VisibilityTests(PostgisFixture pg)
{
    const string Query = "{ zones(first: 1) { totalCount } assets(first: 1) { totalCount } complaints(first: 1) { totalCount } }";

    static long Total(System.Text.Json.JsonElement r, string field) => r.GetProperty("data").GetProperty(field).GetProperty("totalCount").GetInt64();

    async Task<(long Anonymous, long Viewer)> CountZonesAsync()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        return (Total(await app.ExecuteAsync(Query), "zones"), Total(await app.ExecuteAsync(Query, actor: new Actor("viewer", Roles.Viewer)), "zones"));
    }

    [Fact]
    public async Task A_private_township_is_hidden_from_anonymous_readers_only()
    {
        var (publicAnonymous, _) = await CountZonesAsync();
        Assert.True(publicAnonymous > 0);
        await pg.ExecuteAsync("UPDATE zones.township SET is_public = false");
        try
        {
            var (anonymous, viewer) = await CountZonesAsync();
            Assert.Equal(0, anonymous);
            Assert.Equal(publicAnonymous, viewer);
        }
        finally
        {
            await pg.ExecuteAsync("UPDATE zones.township SET is_public = true");
        }
    }
}
