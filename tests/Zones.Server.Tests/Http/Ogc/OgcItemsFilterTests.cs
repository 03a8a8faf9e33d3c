using System.Net;
using System.Text.Json;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Ogc;

/// <summary>
/// Part 3 on items: <c>filter</c> (CQL2 text and JSON) and <c>?queryable=value</c> return exactly the
/// rows an independent SQL WHERE returns, combine with bbox / paging, and refuse what they cannot read.
/// </summary>
[Collection(PostgisCollection.Name)]
public class OgcItemsFilterTests(PostgisFixture pg) : IAsyncLifetime
{
    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    async Task<long> MatchedAsync(string url) =>
        (await _app.GetJsonAsync(url)).GetProperty("numberMatched").GetInt64();

    async Task AssertMatchesSqlAsync(string url, string sql)
    {
        var expected = await pg.ScalarAsync<long>(sql);
        Assert.True(expected > 0, $"the demo data has no row for: {sql}");
        Assert.Equal(expected, await MatchedAsync(url));
    }

    static string Q(string value) => Uri.EscapeDataString(value);

    [Fact]
    public async Task A_cql2_text_filter_returns_the_rows_sql_returns() =>
        await AssertMatchesSqlAsync($"/ogc/collections/assets/items?limit=1&filter={Q("kind = 'bin' AND status <> 'good'")}",
            "SELECT count(*) FROM zones.asset WHERE retired_at IS NULL AND kind = 'bin' AND status <> 'good'");

    [Fact]
    public async Task A_cql2_json_filter_returns_the_rows_sql_returns() =>
        await AssertMatchesSqlAsync("/ogc/collections/complaints/items?limit=1&filter-lang=cql2-json&filter=" +
            Q("""{"op":"in","args":[{"property":"stage"},["closed","shelved"]]}"""),
            "SELECT count(*) FROM zones.complaint WHERE stage IN ('closed', 'shelved')");

    [Fact]
    public async Task A_chinese_label_filters_as_its_code_in_cql2_and_as_a_query_parameter()
    {
        const string sql = "SELECT count(*) FROM zones.asset WHERE retired_at IS NULL AND status = 'damaged'";
        await AssertMatchesSqlAsync($"/ogc/collections/assets/items?limit=1&filter={Q("status = '损坏'")}", sql);
        await AssertMatchesSqlAsync($"/ogc/collections/assets/items?limit=1&status={Q("损坏")}", sql);
        await AssertMatchesSqlAsync("/ogc/collections/assets/items?limit=1&status=damaged", sql);
    }

    [Fact]
    public async Task Query_parameters_filter_and_the_filter_and_bbox_narrow_together()
    {
        var (x, y) = (await pg.ScalarAsync<double>("SELECT ST_X(ST_Centroid(ST_Extent(geom))) FROM zones.asset"),
                      await pg.ScalarAsync<double>("SELECT ST_Y(ST_Centroid(ST_Extent(geom))) FROM zones.asset"));
        var box = FormattableString.Invariant($"{x - 0.02},{y - 0.02},{x + 0.02},{y + 0.02}");
        await AssertMatchesSqlAsync($"/ogc/collections/assets/items?limit=1&kind=streetlight&bbox={box}&filter={Q("status IN ('good','unlit')")}",
            $"SELECT count(*) FROM zones.asset WHERE retired_at IS NULL AND kind = 'streetlight' AND status IN ('good', 'unlit') " +
            $"AND ST_Intersects(geom, ST_MakeEnvelope({box}, 4326))");
    }

    [Fact]
    public async Task A_spatial_filter_selects_what_postgis_selects()
    {
        var zone = await pg.ScalarAsync<long>("SELECT min(id) FROM zones.zone WHERE level = 'village' AND valid_to IS NULL");
        var wkt = await pg.ScalarAsync<string>($"SELECT ST_AsText(ST_Envelope(geom)) FROM zones.zone WHERE id = {zone}");
        await AssertMatchesSqlAsync($"/ogc/collections/assets/items?limit=1&filter={Q($"S_INTERSECTS(geometry, {wkt})")}",
            $"SELECT count(*) FROM zones.asset a, zones.zone z WHERE a.retired_at IS NULL AND z.id = {zone} AND ST_Intersects(a.geom, ST_Envelope(z.geom))");
    }

    [Fact]
    public async Task Pages_of_a_filtered_collection_carry_the_filter_in_their_next_links()
    {
        var url = $"/ogc/collections/assets/items?limit=100&filter={Q("kind = 'streetlight'")}";
        var ids = new List<long>();
        for (var page = await _app.GetJsonAsync(url); ; page = await _app.GetJsonAsync(url))
        {
            ids.AddRange(page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));
            var next = page.GetProperty("links").EnumerateArray().FirstOrDefault(l => l.GetProperty("rel").GetString() == "next");
            if (next.ValueKind == JsonValueKind.Undefined)
                break;
            url = new Uri(next.GetProperty("href").GetString()!).PathAndQuery;
        }
        Assert.Equal(await pg.ScalarAsync<long>("SELECT count(*) FROM zones.asset WHERE retired_at IS NULL AND kind = 'streetlight'"), ids.Distinct().LongCount());
    }

    [Fact]
    public async Task The_draft_name_cql_text_that_gdal_sends_reads_as_cql2_text() =>
        await AssertMatchesSqlAsync($"/ogc/collections/complaints/items?limit=1&filter-lang=cql-text&filter={Q("(source = 'citizen') AND (stage = 'closed')")}",
            "SELECT count(*) FROM zones.complaint WHERE source = 'citizen' AND stage = 'closed'");

    [Fact]
    public async Task Injection_in_a_query_parameter_is_a_value_that_matches_nothing()
    {
        var before = await pg.ScalarAsync<long>("SELECT count(*) FROM zones.asset");
        Assert.Equal(0, await MatchedAsync($"/ogc/collections/assets/items?name={Q("x' OR '1'='1'; DROP TABLE zones.asset; --")}"));
        Assert.Equal(before, await pg.ScalarAsync<long>("SELECT count(*) FROM zones.asset"));
    }

    [Theory]
    [InlineData("filter=kind%20%3D", "第 7 个字符")]
    [InlineData("filter=colour%20%3D%20'red'", "colour")]
    [InlineData("status=broken", "损坏")]
    [InlineData("filter=kind%3D'bin'&filter-lang=sql", "filter-lang")]
    [InlineData("filter=kind%3D'bin'&filter-crs=EPSG:9999", "filter-crs")]
    [InlineData("kind=bin&kind=toilet", "IN")]
    public async Task Bad_filters_get_400_with_what_to_fix(string query, string expected)
    {
        using var response = await _app.CreateClient().GetAsync($"/ogc/collections/assets/items?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, body);
    }
}
