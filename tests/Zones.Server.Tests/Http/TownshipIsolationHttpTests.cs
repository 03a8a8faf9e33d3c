using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ComplaintFeed = Zones.Server.Data.Complaints.ComplaintFeed;
using Zones.Server.Data.Query;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http;

/// <summary>
/// OGC API Features, vector tiles, export, Open311 GET and the complaintChanged subscription keep to the
/// caller's readable townships (issue #10 §1): anonymous callers and the demo's accounts never see the
/// non-public second township; its own accounts and the county's do.
/// </summary>
[Collection(PostgisCollection.Name)]
public sealed class IsolationHttpDatabase() : TwoTownshipsDatabase("_two_http");

public class TownshipIsolationHttpTests(IsolationHttpDatabase db) : IClassFixture<IsolationHttpDatabase>, IAsyncLifetime
{
    const string Around = "bbox=119.86,30.99,119.93,31.05";   // the second township and a margin, none of the demo

    ZonesApplication _app = null!;
    SignedInClients _clients = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(db.ConnectionString);
        _clients = new SignedInClients(_app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string?, bool> Callers => new()
    {
        { null, false }, { "viewer", false }, { "s2-viewer", true }, { "s2-cadre", true }, { "county-admin", true },
        { "key:" + SecondTownship.HotlineKey, true },
    };

    async Task<(HttpStatusCode Status, string Body)> GetAsync(string? caller, string path)
    {
        using var response = await (await _clients.ForAsync(caller)).GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory, MemberData(nameof(Callers))]
    public async Task OGC_items_and_single_items_of_the_second_township_are_there_only_for_its_readers(string? caller, bool reads)
    {
        foreach (var (collection, id) in new[] { ("zones", db.Second.AreaZoneId), ("roads", db.Second.RoadId), ("assets", db.Second.AssetId), ("complaints", db.Second.ComplaintId) })
        {
            var items = JsonDocument.Parse((await GetAsync(caller, $"/ogc/collections/{collection}/items?{Around}")).Body).RootElement;
            Assert.True(items.GetProperty("numberMatched").GetInt64() > 0 == reads, $"{collection} items: {items.GetProperty("numberMatched")}");
            var (status, _) = await GetAsync(caller, $"/ogc/collections/{collection}/items/{id}");
            Assert.Equal((collection, reads ? HttpStatusCode.OK : HttpStatusCode.NotFound), (collection, status));
        }
    }

    [Theory, MemberData(nameof(Callers))]
    public async Task OGC_collection_extents_reach_the_second_township_only_for_its_readers(string? caller, bool reads)
    {
        var all = JsonDocument.Parse((await GetAsync(caller, "/ogc/collections")).Body).RootElement.GetProperty("collections");
        foreach (var c in all.EnumerateArray())
            Assert.True(MaxLon(c) > 119.87 == reads, $"{c.GetProperty("id")} extent ends at {MaxLon(c)}");
        Assert.True(MaxLon(JsonDocument.Parse((await GetAsync(caller, "/ogc/collections/zones")).Body).RootElement) > 119.87 == reads);
    }

    static double MaxLon(JsonElement collection) => collection.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0][2].GetDouble();

    [Theory, MemberData(nameof(Callers))]
    public async Task Tiles_of_every_layer_and_the_TileJSON_extent_show_the_second_township_only_to_its_readers(string? caller, bool reads)
    {
        foreach (var path in new[] { "zones/14/13648/6706", "roads/14/13648/6706", "assets/14/13648/6706", "assets/13/6824/3353",
                                     "complaints/14/13648/6705", "complaints/13/6824/3352", "gaps/14/13648/6706" })
        {
            using var tile = await (await _clients.ForAsync(caller)).GetAsync($"/tiles/{path}.mvt");
            Assert.Equal((path, HttpStatusCode.OK, reads), (path, tile.StatusCode, Tiles.TileClient.HasFeatures(await tile.Content.ReadAsByteArrayAsync())));
        }
        var bounds = JsonDocument.Parse((await GetAsync(caller, "/tiles/zones.json")).Body).RootElement.GetProperty("bounds");
        Assert.True(bounds[2].GetDouble() > 119.87 == reads, bounds.ToString());
    }

    [Theory, MemberData(nameof(Callers))]
    public async Task Exports_hold_the_second_township_only_for_its_readers(string? caller, bool reads)
    {
        foreach (var target in new[] { "zones", "roads", "assets", "complaints" })
            Assert.True((await GetAsync(caller, $"/export/{target}.geojson")).Body.Contains(SecondTownship.Code) == reads, target);
        var (status, csv) = await GetAsync(caller, $"/export/complaints.csv?township={SecondTownship.Code}");
        Assert.Equal(reads ? HttpStatusCode.OK : HttpStatusCode.NotFound, status);
        Assert.Equal(reads, csv.Contains(SecondTownship.CaseNumber));
    }

    [Theory, MemberData(nameof(Callers))]
    public async Task Open311_lists_and_finds_second_township_requests_only_for_its_readers(string? caller, bool reads)
    {
        Assert.Equal(reads, (await GetAsync(caller, "/open311/v2/requests.json")).Body.Contains(SecondTownship.CaseNumber));
        Assert.Equal(reads ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await GetAsync(caller, $"/open311/v2/requests/{SecondTownship.CaseNumber}.json")).Status);
    }

    [Theory]
    [InlineData("s2-viewer", SecondTownship.ReporterName, SecondTownship.ReporterPhone)]
    [InlineData("county-admin", SecondTownship.ReporterName, SecondTownship.ReporterPhone)]
    [InlineData("key:" + SecondTownship.HotlineKey, "王**", "139****5678")]
    public async Task OGC_and_export_show_reporters_in_full_only_to_staff_of_the_township(string caller, string name, string phone)
    {
        var feature = (await GetAsync(caller, $"/ogc/collections/complaints/items/{db.Second.ComplaintId}")).Body;
        var properties = JsonDocument.Parse(feature).RootElement.GetProperty("properties");
        Assert.Equal((name, phone), (properties.GetProperty("reporterName").GetString(), properties.GetProperty("reporterPhone").GetString()));
        var row = (await GetAsync(caller, $"/export/complaints.csv?township={SecondTownship.Code}")).Body.Split("\r\n")[1];
        Assert.Contains($",{name},{phone},", row);
    }

    [Fact]
    public async Task Anonymous_exports_and_OGC_items_of_the_demo_mask_every_reporter_phone()
    {
        var phones = await db.ScalarAsync<string[]>($"SELECT array_agg(reporter_phone) FROM zones.complaint WHERE township_code = '{db.DemoCode}' AND reporter_phone IS NOT NULL");
        var export = (await GetAsync(null, $"/export/complaints.csv?township={db.DemoCode}")).Body;
        var items = (await GetAsync(null, "/ogc/collections/complaints/items?limit=1000")).Body;
        Assert.DoesNotContain(phones, p => export.Contains(p) || items.Contains(p));
        Assert.Contains("****", export);
    }

    [Fact]
    public async Task A_subscriber_of_the_second_township_follows_its_zone()
    {
        var token = await _clients.TokenAsync(SecondTownship.User(Zones.Server.Data.Roles.Viewer));
        using var socket = await GraphQLSockets.SubscribeAsync(_app, $"subscription {{ complaintChanged(zoneId: {db.Second.AreaZoneId}) {{ caseNumber reporterName }} }}", token);
        Assert.Contains(SecondTownship.ReporterName, await PublishUntilReceivedAsync(socket, db.Second.ComplaintId));
    }

    [Fact]
    public async Task Anonymous_subscribers_get_no_cases_of_the_second_township_and_may_not_name_its_zones()
    {
        using var socket = await GraphQLSockets.SubscribeAsync(_app, "subscription { complaintChanged { caseNumber } }");
        var demoId = await db.ScalarAsync<long>($"SELECT min(id) FROM zones.complaint WHERE township_code = '{db.DemoCode}'");
        var first = await PublishUntilReceivedAsync(socket, db.Second.ComplaintId, demoId);   // the second township's case goes first every time
        Assert.Contains(await db.ScalarAsync<string>($"SELECT case_number FROM zones.complaint WHERE id = {demoId}"), first);

        using var named = await GraphQLSockets.SubscribeAsync(_app, $"subscription {{ complaintChanged(zoneId: {db.Second.AreaZoneId}) {{ caseNumber }} }}");
        Assert.Contains($"Zone {db.Second.AreaZoneId} does not exist", await GraphQLSockets.ReceiveAsync(named));
    }

    /// <summary>Publishes the complaints, in order, until the subscriber receives something (it registers asynchronously); returns that message.</summary>
    async Task<string> PublishUntilReceivedAsync(System.Net.WebSockets.WebSocket socket, params long[] ids)
    {
        var rows = await _app.Services.GetRequiredService<ListQuery>().ByIdsAsync(Sources.Complaints, ids, c => c.Id, CancellationToken.None);
        var feed = _app.Services.GetRequiredService<ComplaintFeed>();
        return await GraphQLSockets.ReceiveWhilePublishingAsync(socket, () =>
        {
            foreach (var id in ids)
                feed.Publish(rows[id]);
        });
    }
}
