using System.Net;
using static Zones.Server.Tests.Http.Tiles.TileClient;

namespace Zones.Server.Tests.Http.Tiles;

/// <summary>
/// Tile ETags come from the data revision (issue #12: a revalidation is answered without rendering):
/// they hold while nothing the layer shows changes, and move with every edit that does.
/// </summary>
public sealed class TileRevisionDatabase() : TilesDatabase("_tile_revisions");

public class TileRevisionTests(TileRevisionDatabase db) : IClassFixture<TileRevisionDatabase>, IAsyncLifetime
{
    const string Shijia = "14/13644/6706";   // the tile of 施家村 (330522125000116)

    Zones.Server.Tests.Support.ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new Zones.Server.Tests.Support.ZonesApplication(db.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    // The tile's ETag now, then the status of a revalidation with it after <paramref name="edit"/>.
    async Task<(string ETag, HttpResponseMessage After)> RevalidateAfterAsync(string layer, string edit)
    {
        var client = _app.CreateClient();
        using var before = await GetAsync(client, $"/tiles/{layer}/{Shijia}.mvt");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var etag = before.Headers.ETag!.ToString();
        await db.ExecuteAsync(edit);
        return (etag, await GetAsync(client, $"/tiles/{layer}/{Shijia}.mvt", ("If-None-Match", etag)));
    }

    [Fact]
    public async Task A_tile_revalidates_to_304_while_its_layer_is_unchanged()
    {
        var (etag, after) = await RevalidateAfterAsync("assets", "UPDATE zones.road SET name = name || '路' WHERE id = (SELECT min(id) FROM zones.road)");
        Assert.Equal(HttpStatusCode.NotModified, after.StatusCode);
        Assert.Equal(etag, after.Headers.ETag!.ToString());
        Assert.Empty(await after.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Moving_an_asset_changes_the_asset_tiles_etag_and_content()
    {
        var (etag, after) = await RevalidateAfterAsync("assets", """
            UPDATE zones.asset SET status = 'lost'
            WHERE id = (SELECT min(id) FROM zones.asset WHERE retired_at IS NULL AND status <> 'lost'
                        AND ST_Intersects(geom, ST_Transform(ST_TileEnvelope(14, 13644, 6706), 4326)))
            """);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task A_new_owners_phone_changes_the_zone_tiles_etag()
    {
        var (etag, after) = await RevalidateAfterAsync("zones", "UPDATE zones.person SET phone = '13900000000' WHERE id = (SELECT min(id) FROM zones.person)");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task A_complaint_moving_on_changes_the_complaint_tiles_etag()
    {
        var (etag, after) = await RevalidateAfterAsync("complaints", """
            UPDATE zones.complaint SET description = description || '。'
            WHERE id = (SELECT min(id) FROM zones.complaint WHERE ST_Intersects(geom, ST_Transform(ST_TileEnvelope(14, 13644, 6706), 4326)))
            """);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task An_assignment_that_ends_at_its_set_time_changes_the_zone_tiles_etag_when_it_ends()
    {
        await db.ExecuteAsync("UPDATE zones.assignment SET valid_to = now() + interval '8 seconds' WHERE id = (SELECT min(id) FROM zones.assignment WHERE target_kind = 'zone' AND valid_to IS NULL)");
        var (etag, after) = await RevalidateAfterAsync("zones", """
            SELECT pg_sleep(extract(epoch FROM max(valid_to) - now()) + 0.2) FROM zones.assignment WHERE valid_to > now()
            """);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag!.ToString());
    }
}
