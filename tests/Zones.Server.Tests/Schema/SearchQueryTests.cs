using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema;

/// <summary>The map's search field (issue #6 §5) on the demo township; expected hits read from data/demo/README.md.</summary>
[Collection(PostgisCollection.Name)]
public class SearchQueryTests(PostgisFixture pg) : IAsyncLifetime
{
    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    async Task<JsonElement> SearchAsync(string text, int first = 20, Actor? actor = null)
    {
        var result = await _app.ExecuteAsync("query($t: String!, $n: Int) { search(text: $t, first: $n) { kind id title subtitle bbox } }",
            new Dictionary<string, object?> { ["t"] = text, ["n"] = first }, actor);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data").GetProperty("search");
    }

    static string Line(JsonElement hit) => $"{hit.GetProperty("kind").GetString()} {hit.GetProperty("title").GetString()} | {hit.GetProperty("subtitle").GetString()}";

    // How many live assets' names or identifiers contain the text: the demo grows, the rule stays.
    Task<long> AssetsContainingAsync(string text) => pg.ScalarAsync<long>(
        $"SELECT count(*) FROM zones.asset WHERE retired_at IS NULL AND (name LIKE '%{text}%' OR identifier LIKE '%{text}%')");

    [Fact]
    public async Task A_zone_name_finds_the_zone_first_then_roads_and_assets_that_contain_it()
    {
        var hits = (await SearchAsync("施家村")).EnumerateArray().ToList();
        Assert.Equal(["ZONE 施家村 | 村 · 330522125000116", "ROAD 施家村道 | 村道 · 3 段"], hits.Take(2).Select(Line));
        Assert.Contains("ASSET 施家村公厕 | 公厕 · 3305220301000024", hits.Select(Line));
        Assert.All(hits.Skip(2), h => Assert.Equal("ASSET", h.GetProperty("kind").GetString()));
        Assert.Equal(await AssetsContainingAsync("施家村"), hits.Count - 2);
        Assert.Equal(await pg.ScalarAsync<long>("SELECT id FROM zones.zone WHERE code = '330522125000116'"), long.Parse(hits[0].GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task The_zone_hit_carries_the_zone_extent_in_wgs84()
    {
        var bbox = (await SearchAsync("330522125000116"))[0].GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var expected = await pg.ScalarAsync<string>("SELECT concat_ws(',', ST_XMin(geom), ST_YMin(geom), ST_XMax(geom), ST_YMax(geom)) FROM zones.zone WHERE code = '330522125000116'");
        Assert.Equal(expected.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)), bbox);
    }

    [Fact]
    public async Task A_road_name_is_one_hit_for_all_its_segments()
    {
        // Toilets named after the road (新华路公厕) come after it, as assets.
        var hit = Assert.Single((await SearchAsync("新华")).EnumerateArray(), h => h.GetProperty("kind").GetString() == "ROAD");
        Assert.Equal("ROAD 新华路 | 次干路 · 4 段", Line(hit));
        Assert.Equal(await pg.ScalarAsync<long>("SELECT min(id) FROM zones.road WHERE name = '新华路'"), long.Parse(hit.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task A_road_code_finds_its_one_segment()
    {
        Assert.Equal("ROAD 河埠路 | 支路 · R047", Line((await SearchAsync("r047"))[0]));
    }

    [Fact]
    public async Task A_case_number_finds_the_complaint_with_its_stage()
    {
        Assert.Equal("COMPLAINT E9901202609090001 | 案卷 · 处置", Line(Assert.Single((await SearchAsync("E9901202609090001")).EnumerateArray())));
    }

    [Fact]
    public async Task An_exact_asset_identifier_comes_before_identifiers_it_only_begins()
    {
        // 3305220301000024 (施家村公厕) is exact; 330522030100002 begins it and other toilets' identifiers.
        var exact = await SearchAsync("3305220301000024");
        Assert.Equal("ASSET 施家村公厕 | 公厕 · 3305220301000024", Line(Assert.Single(exact.EnumerateArray())));
        var prefix = await SearchAsync("330522030100002");
        Assert.Equal(await AssetsContainingAsync("330522030100002"), prefix.GetArrayLength());
        Assert.True(prefix.GetArrayLength() > 1);
        Assert.All(prefix.EnumerateArray(), h => Assert.Equal("ASSET", h.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Like_wildcards_in_the_text_match_only_themselves()
    {
        Assert.Equal(0, (await SearchAsync("%")).GetArrayLength());
        Assert.Equal(0, (await SearchAsync("_")).GetArrayLength());
    }

    [Fact]
    public async Task First_limits_the_hits_and_blank_text_finds_nothing()
    {
        Assert.Equal(3, (await SearchAsync("村", first: 3)).GetArrayLength());
        Assert.Equal(0, (await SearchAsync("   ")).GetArrayLength());
    }

    [Fact]
    public async Task First_out_of_range_is_a_clear_error()
    {
        var result = await _app.ExecuteAsync("{ search(text: \"村\", first: 0) { id } }");
        Assert.Contains("first 应在 1 到 50 之间", result.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_private_township_is_searched_only_by_signed_in_users()
    {
        await pg.ExecuteAsync("UPDATE zones.township SET is_public = false");
        try
        {
            Assert.Equal(0, (await SearchAsync("施家村")).GetArrayLength());
            Assert.Equal(2 + await AssetsContainingAsync("施家村"), (await SearchAsync("施家村", actor: new Actor("viewer", Roles.Viewer))).GetArrayLength());
        }
        finally
        {
            await pg.ExecuteAsync("UPDATE zones.township SET is_public = true");
        }
    }
}
