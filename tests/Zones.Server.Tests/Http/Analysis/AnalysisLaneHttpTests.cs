using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Http.Analysis.AnalysisHttp;

namespace Zones.Server.Tests.Http.Analysis;

/// <summary>
/// Analyses run in a bounded lane (Zones:Analysis): while it is full, /health and ordinary queries still answer;
/// what cannot get in, or runs too long, gets an error that says so.
/// </summary>
[Collection(LaneDatabase.Collection)]
public class AnalysisLaneHttpTests(LaneDatabase db)
{
    const string SmallQuery = "{ zones(first: 2) { edges { node { name } } } }";

    static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    WebApplicationFactory<Program> App(ZonesApplication app, params (string Key, string Value)[] settings) =>
        app.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings)
                b.UseSetting(key, value);
        });

    // The host starts, the schema is built and the first request's code is compiled before anything is timed.
    static async Task WarmUpAsync(HttpClient client)
    {
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health")).Status);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, SmallQuery)).Status);
    }

    [Fact]
    public async Task While_the_lane_is_full_health_and_a_small_query_answer_within_a_second()
    {
        await using var zones = new ZonesApplication(db.ConnectionString);
        await using var app = App(zones, ("Zones:Analysis:QueueTimeoutSeconds", "120"), ("Zones:Analysis:StatementTimeoutSeconds", "120"));
        var client = app.CreateClient();
        await WarmUpAsync(client);

        // Four long analyses for a lane of two (the default): two run, two wait their turn.
        var analyses = Enumerable.Range(0, 4).Select(_ => PostAsync(client, LaneDatabase.LongAnalysis)).ToList();
        await db.WaitForRunningAsync(2);
        var health = await GetAsync(client, "/health");
        var small = await PostAsync(client, SmallQuery);
        var runningAfter = await db.RunningAsync();
        var most = runningAfter;
        while (!analyses.All(a => a.IsCompleted))
        {
            most = Math.Max(most, await db.RunningAsync());
            await Task.Delay(20);
        }

        Assert.True(runningAfter > 0, "The analyses had ended before /health and the query were timed: make LaneDatabase's analysis longer.");
        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.True(health.Elapsed < Second, $"/health took {health.Elapsed.TotalMilliseconds:0} ms while the lane was full.");
        Assert.False(small.Json.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(2, small.Json.GetProperty("data").GetProperty("zones").GetProperty("edges").GetArrayLength());
        Assert.True(small.Elapsed < Second, $"The small query took {small.Elapsed.TotalMilliseconds:0} ms while the lane was full.");
        Assert.True(most <= 2, $"{most} analyses ran at once in a lane of 2.");
        foreach (var analysis in analyses)
        {
            var reply = await analysis;
            Assert.False(reply.Json.TryGetProperty("errors", out var failed), failed.ToString());
            Assert.NotEqual(0, reply.Json.GetProperty("data").GetProperty("complaintHeatmap").GetProperty("repeatHotspots").GetArrayLength());
        }
    }

    [Fact]
    public async Task An_analysis_that_cannot_get_into_a_full_lane_is_told_to_try_again_and_a_gaps_tile_answers_503()
    {
        await using var zones = new ZonesApplication(db.ConnectionString);
        await using var app = App(zones, ("Zones:Analysis:MaxConcurrent", "1"), ("Zones:Analysis:QueueTimeoutSeconds", "0"),
                                  ("Zones:Analysis:StatementTimeoutSeconds", "120"));
        var client = app.CreateClient();
        await WarmUpAsync(client);
        var tile = await DemoTileAsync();

        var running = PostAsync(client, LaneDatabase.LongAnalysis);
        await db.WaitForRunningAsync(1);
        var refused = await PostAsync(client, "{ coverageGapSummary { gaps } }");
        var tileReply = await GetAsync(client, $"/tiles/gaps/{tile}.mvt");
        var stillRunning = await db.RunningAsync();
        var first = await running;

        Assert.True(stillRunning > 0, "The long analysis had ended before the others were sent: make LaneDatabase's analysis longer.");
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("ANALYSIS_BUSY", refused.Error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(
            "分析繁忙：已有 1 个分析在运行，等待 0 秒仍无空位，请稍后重试。The server is already running 1 analyses and none finished within 0 s; try again in a moment.",
            refused.Error.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, tileReply.Status);
        Assert.Equal("ANALYSIS_BUSY", tileReply.Json.GetProperty("code").GetString());
        Assert.False(first.Json.TryGetProperty("errors", out var errors), errors.ToString());
    }

    [Fact]
    public async Task An_analysis_statement_past_the_statement_timeout_gets_the_timeout_message_not_an_internal_error()
    {
        await using var zones = new ZonesApplication(db.ConnectionString);
        await using var app = App(zones, ("Zones:Analysis:StatementTimeoutSeconds", "0.001"));
        var client = app.CreateClient();

        var reply = await PostAsync(client, LaneDatabase.LongAnalysis);
        var after = await PostAsync(client, SmallQuery);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("ANALYSIS_TIMEOUT", reply.Error.GetProperty("extensions").GetProperty("code").GetString());
        var message = reply.Error.GetProperty("message").GetString()!;
        Assert.StartsWith("分析超时：一条分析语句运行超过 0.001 秒，已停止。", message);
        Assert.Contains("The analysis timed out: a statement ran longer than 0.001 s and was stopped.", message);
        Assert.Contains("Zones:Analysis:StatementTimeoutSeconds", message);
        // The timeout was the analysis transaction's own: the next request's connection has none.
        Assert.False(after.Json.TryGetProperty("errors", out var errors), errors.ToString());
    }

    // A z14 tile over the demo township's centre.
    async Task<string> DemoTileAsync()
    {
        await using var cmd = db.DataSource.CreateCommand(
            "SELECT ST_X(c), ST_Y(c) FROM (SELECT ST_Centroid(ST_Collect(geom)) c FROM zones.zone WHERE level = 'township') s");
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (lon, lat) = (reader.GetDouble(0), reader.GetDouble(1) * Math.PI / 180);
        const int z = 14;
        var x = (int)Math.Floor((lon + 180) / 360 * (1 << z));
        var y = (int)Math.Floor((1 - Math.Log(Math.Tan(lat) + 1 / Math.Cos(lat)) / Math.PI) / 2 * (1 << z));
        return $"{z}/{x}/{y}";
    }
}
