using Zones.Server.Data;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Support.GraphQLSockets;

namespace Zones.Server.Tests.Schema;

/// <summary>complaintChanged over graphql-transport-ws: a complaint reported through the API reaches a subscriber.</summary>
[Collection(PostgisCollection.Name)]
public class ComplaintSubscriptionTests(PostgisFixture pg)
{
    const string Report = """
        mutation { reportComplaint(input: {location: {point: {lon: 119.805, lat: 31.035}}, categoryKind: "event",
          categoryCode: "0102", source: HOTLINE_12345, description: "订阅测试：路口暴露垃圾"}) { complaint { caseNumber } errors { ... on UserError { message } } } }
        """;

    [Fact]
    public async Task A_reported_complaint_is_pushed_to_subscribers_of_its_zone()
    {
        await pg.ExecuteAsync(Folding.OffEverywhereSql);  // the report must open a case, not join one (并案)
        await using var app = new ZonesApplication(pg.ConnectionString);
        var zoneId = await pg.ScalarAsync<long>("SELECT id FROM zones.zone WHERE level = 'township'");
        using var socket = await ConnectAsync(app);
        await SendAsync(socket, $$$"""{"id":"s1","type":"subscribe","payload":{"query":"subscription { complaintChanged(zoneId: {{{zoneId}}}) { caseNumber description } }"}}""");
        await Task.Delay(300); // let the subscription register before the report
        var reported = await app.ExecuteAsync(Report, actor: new Actor("apikey:test", Roles.Hotline));
        Assert.True(reported.TryGetProperty("data", out _), reported.ToString());
        var caseNumber = reported.GetProperty("data").GetProperty("reportComplaint").GetProperty("complaint").GetProperty("caseNumber").GetString();
        var next = await ReceiveAsync(socket);
        Assert.Contains("\"next\"", next);
        Assert.Contains(caseNumber!, next);
    }

    [Fact]
    public async Task A_case_filed_over_Open311_is_pushed_too()
    {
        await pg.ExecuteAsync(Folding.OffEverywhereSql);
        await using var app = new ZonesApplication(pg.ConnectionString);
        using var socket = await ConnectAsync(app);
        await SendAsync(socket, """{"id":"s2","type":"subscribe","payload":{"query":"subscription { complaintChanged { source } }"}}""");
        await Task.Delay(300);
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["api_key"] = Zones.Server.Data.Demo.DemoAccounts.HotlineKey,
            ["service_code"] = "E0102", ["lat"] = "31.035", ["long"] = "119.805", ["description"] = "热线转办：路口垃圾" });
        (await app.CreateClient().PostAsync("/open311/v2/requests.json", form)).EnsureSuccessStatusCode();
        Assert.Contains("OPEN311", await ReceiveAsync(socket));
    }
}
