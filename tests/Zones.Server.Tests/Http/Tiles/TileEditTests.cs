using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zones.Server.Data.Analysis;
using Zones.Server.Data.Tiles;
using static Zones.Server.Tests.Http.Tiles.TileClient;

namespace Zones.Server.Tests.Http.Tiles;

/// <summary>Tiles after edits and for callers of different standing, on a demo database of these tests' own.</summary>
public class TileEditTests(TilesDatabase db) : IClassFixture<TilesDatabase>, IAsyncLifetime
{
    const string Shijia = "14/13644/6706";   // the tile of 施家村 (330522125000116)

    Zones.Server.Tests.Support.ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new Zones.Server.Tests.Support.ZonesApplication(db.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Renaming_a_zone_changes_its_tile_and_its_etag()
    {
        var client = _app.CreateClient();
        using var before = await GetAsync(client, $"/tiles/zones/{Shijia}.mvt");
        await db.ExecuteAsync("UPDATE zones.zone SET name = '施家新村' WHERE code = '330522125000116'");
        using var after = await GetAsync(client, $"/tiles/zones/{Shijia}.mvt", ("If-None-Match", before.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        var zones = MvtReader.Read(await after.Content.ReadAsByteArrayAsync())["zones"];
        Assert.Equal("施家新村", Assert.Single(zones, z => (string)z["code"]! == "330522125000116")["name"]);
    }

    [Fact]
    public async Task A_township_that_is_not_public_shows_only_to_signed_in_callers()
    {
        await db.ExecuteAsync($"UPDATE zones.township SET is_public = false WHERE division_code = '{db.TownshipCode}'");
        try
        {
            using var anonymous = await GetAsync(_app.CreateClient(), $"/tiles/assets/{Shijia}.mvt");
            Assert.False(HasFeatures(await anonymous.Content.ReadAsByteArrayAsync()));
            var viewer = _app.CreateClient();   // keeps the sign-in cookie
            (await viewer.PostAsJsonAsync("/auth/login", new { username = "viewer", password = "viewer-demo-2026" })).EnsureSuccessStatusCode();
            using var signedIn = await GetAsync(viewer, $"/tiles/assets/{Shijia}.mvt");
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
            var cache = signedIn.Headers.CacheControl!;
            Assert.Equal((true, false, TimeSpan.FromSeconds(10)), (cache.Private, cache.Public, cache.MaxAge));
        }
        finally
        {
            await db.ExecuteAsync($"UPDATE zones.township SET is_public = true WHERE division_code = '{db.TownshipCode}'");
        }
    }

    [Fact]
    public async Task Gaps_are_computed_again_after_an_edit_and_not_after_a_complaint()
    {
        var client = _app.CreateClient();
        var cache = _app.Services.GetRequiredService<GapTileCache>();
        await FeaturesAsync(client, "gaps", "9/426/209");
        var first = cache.CachedRevision(db.TownshipCode);
        Assert.NotNull(first);
        await db.ExecuteAsync("UPDATE zones.complaint SET description = description || '。' WHERE id = (SELECT min(id) FROM zones.complaint)");
        await FeaturesAsync(client, "gaps", "9/426/209");
        Assert.Equal(first, cache.CachedRevision(db.TownshipCode));
        await db.ExecuteAsync("UPDATE zones.asset SET status = 'damaged' WHERE id = (SELECT min(id) FROM zones.asset)");
        await FeaturesAsync(client, "gaps", "9/426/209");
        Assert.NotEqual(first, cache.CachedRevision(db.TownshipCode));
    }

    [Fact]
    public async Task The_gaps_tile_of_the_township_carries_what_the_analysis_finds()
    {
        var gaps = await _app.Services.GetRequiredService<CoverageGapService>().FindAsync([db.TownshipCode], null, null, CancellationToken.None);
        var features = await FeaturesAsync(_app.CreateClient(), "gaps", "9/426/209");
        // At z9 a tile unit is ~19 m, so a sliver may vanish; points, 100 m stretches and 1 ha patches may not.
        var visible = gaps.Where(g => g.Geometry.Dimension == NetTopologySuite.Geometries.Dimension.Point || g.LengthM >= 100 || g.AreaM2 >= 10_000);
        var drawn = features.Select(f => (string)f["description"]!).ToHashSet();
        Assert.Superset(visible.Select(g => g.Description).ToHashSet(), drawn);
        Assert.Subset(gaps.Select(g => g.Description).ToHashSet(), drawn);
        Assert.All(features, f => Assert.Equal(GapKinds.Label((string)f["kind"]!), f["label"]));
    }
}
