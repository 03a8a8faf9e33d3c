using Zones.Server.Data;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema;

/// <summary>
/// Anonymous callers read public townships only; a signed-in caller reads those plus its own scope
/// (zones.readable_townships, issue #10 §1) — not every township.
/// </summary>
[Collection(PostgisCollection.Name)]
public class VisibilityTests(PostgisFixture pg)
{
    const string Query = "{ zones(first: 1) { totalCount } assets(first: 1) { totalCount } complaints(first: 1) { totalCount } }";

    static long Total(System.Text.Json.JsonElement r, string field) => r.GetProperty("data").GetProperty(field).GetProperty("totalCount").GetInt64();

    async Task<long> CountZonesAsync(Actor? actor)
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        return Total(await app.ExecuteAsync(Query, actor: actor), "zones");
    }

    [Fact]
    public async Task A_private_township_is_read_only_by_callers_whose_scope_covers_it()
    {
        var everyone = await CountZonesAsync(null);
        Assert.True(everyone > 0);
        await pg.ExecuteAsync("UPDATE zones.township SET is_public = false");
        try
        {
            Assert.Equal(0, await CountZonesAsync(null));
            Assert.Equal(everyone, await CountZonesAsync(new Actor("viewer", Roles.Viewer, Scope: ActorScope.Township(pg.TownshipCode))));
            Assert.Equal(everyone, await CountZonesAsync(new Actor("county", Roles.Viewer, Scope: ActorScope.County(pg.TownshipCode[..6]))));
            Assert.Equal(0, await CountZonesAsync(new Actor("elsewhere", Roles.Admin, Scope: ActorScope.Township("330522999000"))));
        }
        finally
        {
            await pg.ExecuteAsync("UPDATE zones.township SET is_public = true");
        }
    }
}
