using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema;

/// <summary>
/// complaintHeatmap, indicators, ranking and Zone.indicators through the real schema on the demo township,
/// checked against what data/demo/README.md says was planted and against plain SQL counts.
/// </summary>
[Collection(PostgisCollection.Name)]
public class AnalysisQueryTests(PostgisFixture pg) : IAsyncLifetime
{
    // Planted hot spots (data/demo/README.md): 桑溪农贸市场 107 complaints within 150 m, 桑溪汽车站 84.
    static readonly (double Lon, double Lat)[] Planted = [(119.807722, 31.0327959), (119.8043682, 31.0287531)];

    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    async Task<JsonElement> Data(string query, Actor? actor = null)
    {
        var result = await _app.ExecuteAsync(query, actor: actor);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    static string Since(int days) => DateTimeOffset.UtcNow.AddDays(-days).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");

    // Equirectangular metres: exact enough over a few hundred metres.
    static double DistanceM((double Lon, double Lat) a, (double Lon, double Lat) b) =>
        Math.Sqrt(Math.Pow((a.Lon - b.Lon) * 111_320 * Math.Cos(a.Lat * Math.PI / 180), 2) + Math.Pow((a.Lat - b.Lat) * 110_574, 2));

    static (double, double) Centre(JsonElement cell)
    {
        var b = cell.GetProperty("geometry").GetProperty("bbox");
        return ((b[0].GetDouble() + b[2].GetDouble()) / 2, (b[1].GetDouble() + b[3].GetDouble()) / 2);
    }

    [Fact]
    public async Task The_densest_cells_lie_on_the_planted_hot_spots()
    {
        var stages = "[RECEIVED, REGISTERED, DISPATCHED, DISPOSING, FEEDBACK, VERIFYING, CLOSED, SHELVED, VOIDED]";
        var map = (await Data($$"""{ complaintHeatmap(input: {from: "{{Since(90)}}", stages: {{stages}}, cellSizeM: 100}) { total maxCount cells { count intensity geometry { bbox } } } }"""))
            .GetProperty("complaintHeatmap");
        var cells = map.GetProperty("cells").EnumerateArray().OrderByDescending(c => c.GetProperty("count").GetInt32()).ToList();
        Assert.Equal(await pg.ScalarAsync<long>($"SELECT count(*) FROM zones.complaint WHERE reported_at >= '{Since(90)}'"), map.GetProperty("total").GetInt32());
        Assert.Equal(map.GetProperty("total").GetInt32(), cells.Sum(c => c.GetProperty("count").GetInt32()));
        Assert.Equal(1.0, cells[0].GetProperty("intensity").GetDouble());
        foreach (var cell in cells.Take(2))
            Assert.True(Planted.Min(p => DistanceM(Centre(cell), p)) < 150, $"cell of {cell.GetProperty("count")} at {Centre(cell)}");
    }

    [Fact]
    public async Task The_default_map_shows_unresolved_complaints_of_the_last_30_days_with_the_lists()
    {
        var map = (await Data("{ complaintHeatmap { total cellSizeM oldestOpen(first: 3) { reportedAt stage } overdue { deadline } repeatHotspots { count } } }"))
            .GetProperty("complaintHeatmap");
        Assert.Equal(await pg.ScalarAsync<long>(
            $"SELECT count(*) FROM zones.complaint WHERE stage NOT IN ('closed', 'voided') AND reported_at >= '{Since(30)}'"), map.GetProperty("total").GetInt32());
        Assert.Equal(200, map.GetProperty("cellSizeM").GetDouble());
        var oldest = map.GetProperty("oldestOpen").EnumerateArray().Select(c => c.GetProperty("reportedAt").GetString()).ToList();
        Assert.Equal(oldest.Order(StringComparer.Ordinal), oldest);
    }

    [Fact]
    public async Task A_cell_size_out_of_range_is_a_field_error_saying_the_range()
    {
        var result = await _app.ExecuteAsync("{ complaintHeatmap(input: {cellSizeM: 5}) { total } }");
        Assert.Contains("20–5000", result.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_township_indicators_equal_plain_SQL_counts()
    {
        var row = (await Data("{ indicators(groupBy: TOWNSHIP) { key reported closed closedOnTime toClose overdueOpen reworked closeRate } }")).GetProperty("indicators")[0];
        var sql = await pg.ScalarAsync<string>("""
            SELECT concat_ws(',', count(*), count(*) FILTER (WHERE stage = 'closed'),
                   count(*) FILTER (WHERE stage = 'closed' AND closed_at <= deadline),
                   count(*) FILTER (WHERE stage NOT IN ('voided', 'shelved') AND (disposed_at IS NOT NULL OR closed_at IS NOT NULL OR deadline < now())),
                   count(*) FILTER (WHERE stage NOT IN ('closed', 'voided', 'shelved') AND deadline < least(disposed_at, now())),
                   count(*) FILTER (WHERE stage NOT IN ('voided', 'shelved') AND rework_count > 0))
            FROM zones.complaint
            """);
        Assert.Equal(sql, string.Join(",", new[] { "reported", "closed", "closedOnTime", "toClose", "overdueOpen", "reworked" }.Select(f => row.GetProperty(f).GetInt32())));
        Assert.Equal(pg.TownshipCode, row.GetProperty("key").GetString());
    }

    [Fact]
    public async Task Zone_rows_split_the_township_and_each_zone_answers_the_same_for_itself()
    {
        var rows = (await Data("{ indicators { reported onTimeCloseRate zone { name indicators { reported onTimeCloseRate } } } }")).GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);                                                            // the 5 片区
        Assert.Equal(await pg.ScalarAsync<long>("SELECT count(*) FROM zones.complaint"), rows.Sum(r => r.GetProperty("reported").GetInt32()));
        foreach (var r in rows)
            Assert.Equal(r.GetProperty("reported").GetInt32(), r.GetProperty("zone").GetProperty("indicators").GetProperty("reported").GetInt32());
    }

    [Fact]
    public async Task Ranking_of_zones_is_best_first_with_shared_ranks()
    {
        var ranked = (await Data("{ ranking(groupBy: ZONE, by: CLOSE_RATE) { rank row { name closeRate } } }")).GetProperty("ranking").EnumerateArray().ToList();
        var rates = ranked.Select(r => r.GetProperty("row").GetProperty("closeRate").GetDouble()).ToList();
        Assert.Equal(rates.OrderDescending(), rates);
        Assert.Equal(1, ranked[0].GetProperty("rank").GetInt32());
    }
}
