using System.Net;
using Microsoft.AspNetCore.Hosting;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Http.Analysis.AnalysisHttp;

namespace Zones.Server.Tests.Http.Analysis;

/// <summary>The cost limit weighs the analysis fields: an alias storm is refused before anything runs.</summary>
[Collection(PostgisCollection.Name)]
public class AnalysisCostTests(PostgisFixture pg)
{
    static string Aliases(int count, string field) =>
        "{ " + string.Join(" ", Enumerable.Range(1, count).Select(i => $"a{i}: {field}")) + " }";

    [Fact]
    public async Task Thirty_aliases_of_coverageGaps_are_refused_by_the_cost_limit_before_execution()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);

        var reply = await PostAsync(app.CreateClient(), Aliases(30, "coverageGaps { kind description }"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        // No data key: the request stopped before execution, so no resolver ran and no SQL was sent.
        Assert.False(reply.Json.TryGetProperty("data", out _), reply.Body);
        Assert.Equal(1, reply.Json.GetProperty("errors").GetArrayLength());
        Assert.Equal("LIMIT_EXCEEDED", reply.Error.GetProperty("extensions").GetProperty("code").GetString());
        // 30 × (5000 + 10 gaps × 2 fields) = 150 600 against the default limit of 50 000.
        Assert.Equal(
            "The operation's estimated cost is 150600, more than the cost limit of 50000. Each field costs 1 times the sizes of the lists " +
            "above it (first/last/limit argument, else 10); some fields declare a higher cost: Query.coverageGaps 30 × 5000. " +
            "Ask for fewer of those per request (split them over several requests), fewer items or fewer nested lists, or raise RequestLimits.MaxCost.",
            reply.Error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("coverageGapSummary { gaps }", "Query.coverageGapSummary")]
    [InlineData("complaintHeatmap { total }", "Query.complaintHeatmap")]
    [InlineData("indicators { reported }", "Query.indicators")]
    [InlineData("ranking { rank }", "Query.ranking")]
    public async Task Every_analysis_field_weighs_as_an_analysis(string field, string coordinate)
    {
        await using var app = new ZonesApplication(pg.ConnectionString);

        var reply = await PostAsync(app.CreateClient(), Aliases(10, field));

        Assert.False(reply.Json.TryGetProperty("data", out _), reply.Body);
        Assert.Contains($"{coordinate} 10 × 5000", reply.Error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_cost_limit_setting_still_decides_and_one_analysis_with_its_details_runs()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        await using var raised = app.WithWebHostBuilder(b => b.UseSetting("Zones:GraphQL:MaxCost", "4000"));

        var refused = await PostAsync(raised.CreateClient(), "{ coverageGapSummary { gaps } }");
        var ran = await PostAsync(app.CreateClient(), "{ coverageGapSummary { kind gaps } indicators { reported zone { name indicators { reported } } } }");

        Assert.Contains("more than the cost limit of 4000", refused.Error.GetProperty("message").GetString());
        Assert.False(ran.Json.TryGetProperty("errors", out var errors), errors.ToString());
    }
}
