using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Zones.Server.Data;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Ogc.Cql2;

/// <summary>
/// The corpus through HTTP (<c>/ogc/collections/{id}/items?filter=…&amp;filter-lang=…&amp;filter-crs=…</c>):
/// each valid filter returns the ids of its hand-written WHERE, each invalid one a 400
/// INVALID_PARAMETER_VALUE naming the character, and SQL in any value changes no table.
/// </summary>
[Collection(PostgisCollection.Name)]
public class Cql2HttpTests(PostgisFixture pg) : IAsyncLifetime
{
    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<Cql2ValidCase> Valid => new(Cql2Corpus.Valid);

    public static TheoryData<Cql2InvalidCase> Invalid => new(Cql2Corpus.Invalid.Where(c => !string.IsNullOrWhiteSpace(c.Filter)));

    static string Url(string collection, string filter, string? lang, string? crs)
    {
        var args = new Dictionary<string, string?> { ["filter"] = filter, ["limit"] = "10000" };
        if (lang is not null)
            args["filter-lang"] = lang;
        if (crs is not null)
            args["filter-crs"] = crs;
        return QueryHelpers.AddQueryString($"/ogc/collections/{collection}/items", args);
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public async Task A_valid_filter_returns_the_features_of_its_hand_written_where(Cql2ValidCase @case)
    {
        var expected = await pg.IdsAsync(FeatureCollections.Find(@case.Collection)!, @case.Where);

        var page = await _app.GetJsonAsync(Url(@case.Collection, @case.Filter, @case.Lang, @case.Crs));

        Assert.Equal(expected, page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));
        Assert.Equal(expected.Count, page.GetProperty("numberMatched").GetInt64());
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task An_invalid_filter_is_a_400_that_names_the_character(Cql2InvalidCase @case)
    {
        using var response = await _app.CreateClient().GetAsync(Url(@case.Collection, @case.Filter, @case.Lang, null));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_PARAMETER_VALUE", body.GetProperty("code").GetString());
        var description = body.GetProperty("description").GetString()!;
        Assert.Matches(@case.Position > 0 ? $"filter 第 {@case.Position} 个字符处" : "filter 第 \\d+ 个字符处", description);
        Assert.Contains("At character", description);
    }

    [Fact]
    public async Task Sql_in_filter_values_and_query_parameters_answers_200_or_400_and_changes_no_row()
    {
        string[] payloads = ["'; DELETE FROM zones.asset; --", "' OR '1'='1", "x'); TRUNCATE zones.complaint CASCADE; --", "1) OR 1=1 --"];
        var before = await pg.RowCountsAsync();
        var client = _app.CreateClient();
        foreach (var p in payloads)
        {
            var quoted = "'" + p.Replace("'", "''") + "'";
            string[] urls =
            [
                Url("assets", $"name = {quoted}", null, null),
                Url("assets", $"name = '{p}'", null, null),
                Url("assets", $"status IN ('good', {quoted})", null, null),
                Url("roads", $"name LIKE {quoted} OR CASEI(name) = CASEI({quoted})", null, null),
                Url("complaints", $"reportedAt > TIMESTAMP({quoted})", null, null),
                Url("assets", $"\"{p}\" = 'x'", null, null),
                Url("assets", $$"""{"op": "=", "args": [{"property": "name"}, {{JsonSerializer.Serialize(p)}}]}""", "cql2-json", null),
                Url("assets", "S_INTERSECTS(geometry, POINT(119.8 31.03))", null, p),
                QueryHelpers.AddQueryString("/ogc/collections/assets/items", "name", p),
                QueryHelpers.AddQueryString("/ogc/collections/assets/items", "status", p),
                QueryHelpers.AddQueryString("/ogc/collections/zones/items", "parentId", p),
            ];
            foreach (var url in urls)
            {
                using var response = await client.GetAsync(url);
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{url} → {(int)response.StatusCode}");
            }
        }
        Assert.Equal(before, await pg.RowCountsAsync());
    }
}
