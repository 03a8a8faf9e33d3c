using Microsoft.Extensions.DependencyInjection;
using Zones.Server.Data;
using Zones.Server.Data.Notify;
using Zones.Server.Tests.Http.Tiles;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Support.GraphQLSockets;

namespace Zones.Server.Tests.Http.Instances;

/// <summary>
/// Changes fan out to every instance (issue #15 §1): a case reported through one reaches the other's
/// <c>complaintChanged</c> subscribers, an edit through one changes the other's gaps tile, and the bus carries on
/// after its connection is killed.
/// </summary>
[Collection(TwoInstancesCollection.Name)]
public sealed class SharedChangesTests(TwoInstances db)
{
    const string Subscription = "subscription { complaintChanged { caseNumber } }";

    static async Task<string> ReportAsync(ZonesApplication app, string description)
    {
        var reported = await app.ExecuteAsync($$$"""
            mutation { reportComplaint(input: {location: {point: {lon: 119.805, lat: 31.035}}, categoryKind: "event",
              categoryCode: "0102", source: HOTLINE_12345, description: "{{{description}}}"}) { complaint { caseNumber } } }
            """, actor: new Actor("apikey:test", Roles.Hotline));
        return reported.GetProperty("data").GetProperty("reportComplaint").GetProperty("complaint").GetProperty("caseNumber").GetString()!;
    }

    [Fact]
    public async Task A_case_reported_through_one_instance_reaches_a_subscriber_of_the_other()
    {
        await using ZonesApplication a = db.Instance(), b = db.Instance();
        using var socket = await SubscribeAsync(b, Subscription);
        await Task.Delay(300);   // let the subscription register before the report
        var caseNumber = await ReportAsync(a, "另一实例上报：路口暴露垃圾");
        Assert.Contains(caseNumber, await ReceiveAsync(socket));
    }

    [Fact]
    public async Task A_subscriber_of_the_writing_instance_hears_the_case_once()
    {
        await using var a = db.Instance();
        using var socket = await SubscribeAsync(a, Subscription);
        await Task.Delay(300);
        var caseNumber = await ReportAsync(a, "本实例上报：只推送一次");
        Assert.Contains(caseNumber, await ReceiveAsync(socket));
        var again = ReceiveAsync(socket);
        Assert.NotSame(again, await Task.WhenAny(again, Task.Delay(1500)));   // the database's announcement is not pushed again
    }

    [Fact]
    public async Task A_case_changed_outside_any_server_reaches_subscribers_too()
    {
        await using var a = db.Instance();
        using var socket = await SubscribeAsync(a, Subscription);
        await Task.Delay(300);
        var caseNumber = await db.DataSource.ScalarAsync<string>(   // as an import, the CLI or psql would
            "UPDATE zones.complaint SET description = description || '（补充）' WHERE id = (SELECT min(id) FROM zones.complaint) RETURNING case_number");
        Assert.Contains(caseNumber, await ReceiveAsync(socket));
    }

    [Fact]
    public async Task An_edit_through_one_instance_gives_the_other_a_new_gaps_tile()
    {
        await using ZonesApplication a = db.Instance(), b = db.Instance();
        using var before = await TileClient.GetAsync(b.CreateClient(), $"/tiles/gaps/{GapsTile}.mvt");
        var (id, version) = await ToiletAsync();
        var retired = await a.ExecuteAsync($$"""mutation { retireAsset(input: {id: {{id}}, expectedVersion: {{version}}}) { errors { ... on UserError { message } } } }""",
                                           actor: new Actor("admin", Roles.Admin));
        Assert.True(retired.TryGetProperty("data", out var data) && data.GetProperty("retireAsset").GetProperty("errors").GetArrayLength() == 0, retired.ToString());
        using var after = await TileClient.GetAsync(b.CreateClient(), $"/tiles/gaps/{GapsTile}.mvt", ("If-None-Match", before.Headers.ETag!.ToString()));
        Assert.Equal(System.Net.HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task After_its_bus_connection_is_killed_an_instance_still_hears_the_other()
    {
        await using ZonesApplication a = db.Instance(), b = db.Instance();
        using var socket = await SubscribeAsync(b, Subscription);
        var bus = b.Services.GetRequiredService<ChangeBus>();
        await TwoInstances.WithinAsync(10, () => Task.FromResult(bus.Listening));
        await db.DataSource.ExecAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'zones-listen' AND datname = current_database()");
        await TwoInstances.WithinAsync(10, () => Task.FromResult(bus.Listening));
        var caseNumber = await ReportAsync(a, "断线重连后上报");
        Assert.Contains(caseNumber, await ReceiveAsync(socket));
    }

    const string GapsTile = "9/426/209";

    // A public toilet: without it, more of the township is beyond a toilet's reach, so the gaps drawn change.
    async Task<(long Id, int Version)> ToiletAsync()
    {
        var id = await db.DataSource.ScalarAsync<long>("SELECT min(id) FROM zones.asset WHERE kind = 'toilet' AND retired_at IS NULL");
        return (id, await db.DataSource.ScalarAsync<int>("SELECT version FROM zones.asset WHERE id = $1", id));
    }
}
