using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema;

/// <summary>
/// Issue #16 §5, numbers that agree: the heat map's 所有未办结案卷 total is the open-case count the complaint list
/// gives (complaints(open: true)) and plain SQL over zones.complaint_is_open, for callers of the public demo, of the
/// second township and of the county over both; and every answer says which period it counts.
/// </summary>
[Collection(PostgisCollection.Name)]
public sealed class HeatmapOpenCountDatabase() : TwoTownshipsDatabase("_two_heat");

public class HeatmapOpenCountTests(HeatmapOpenCountDatabase db) : IClassFixture<HeatmapOpenCountDatabase>, IAsyncLifetime
{
    const string Counts = """
        { open: complaints(open: true) { totalCount }
          all: complaintHeatmap(input: {allOpen: true}) { total period { kind from to description } }
          recent: complaintHeatmap { total period { kind from to description } } }
        """;

    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(db.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    Actor? Caller(string name) => name switch
    {
        "anonymous" => null,
        "county-admin" => SecondTownship.CountyActor,
        _ => db.Second.Actor(name[3..]),
    };

    async Task<JsonElement> Data(string query, Actor? actor)
    {
        var result = await _app.ExecuteAsync(query, actor: actor);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    Task<long> SqlCount(string townships, string where) =>
        db.ScalarAsync<long>($"SELECT count(*) FROM zones.complaint WHERE township_code IN ({townships}) AND {where}");

    [Theory]
    [InlineData("anonymous", "'{demo}'")]
    [InlineData("s2-viewer", "'{demo}', '330522200000'")]      // its own township and the public demo
    [InlineData("county-admin", "'{demo}', '330522200000'")]
    public async Task All_open_cases_equal_the_open_complaint_count_of_the_list_and_of_SQL(string caller, string townships)
    {
        var data = await Data(Counts, Caller(caller));
        var open = await SqlCount(townships.Replace("{demo}", db.DemoCode), "zones.complaint_is_open(stage)");
        Assert.True(open > 0, "the callers see open cases");
        Assert.Equal(open, data.GetProperty("open").GetProperty("totalCount").GetInt64());
        Assert.Equal(open, data.GetProperty("all").GetProperty("total").GetInt64());
        Assert.Equal("ALL_OPEN", data.GetProperty("all").GetProperty("period").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task The_default_map_says_it_counts_the_last_30_days_which_is_fewer_than_all_open_cases()
    {
        var data = await Data(Counts, null);
        var recent = data.GetProperty("recent");
        var period = recent.GetProperty("period");
        var from = period.GetProperty("from").GetDateTimeOffset();
        Assert.InRange(DateTimeOffset.UtcNow.AddDays(-30) - from, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        Assert.Equal(JsonValueKind.Null, period.GetProperty("to").ValueKind);
        Assert.StartsWith("近30天上报的案卷（", period.GetProperty("description").GetString());
        Assert.Equal(await SqlCount($"'{db.DemoCode}'", $"zones.complaint_is_open(stage) AND reported_at >= '{from:O}'"), recent.GetProperty("total").GetInt64());
        Assert.True(recent.GetProperty("total").GetInt32() < data.GetProperty("all").GetProperty("total").GetInt32(), "the demo has open cases older than 30 days");
    }

    [Fact]
    public async Task All_open_with_a_start_date_is_an_error_saying_what_to_change()
    {
        var result = await _app.ExecuteAsync("""{ complaintHeatmap(input: {allOpen: true, from: "2026-11-01T00:00:00+08:00"}) { total } }""");
        Assert.Contains("不能同时指定开始或结束时间", result.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
