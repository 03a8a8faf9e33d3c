using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema;

/// <summary>
/// Every GraphQL read keeps to the caller's readable townships (issue #10 §1): the public demo for
/// everyone, the non-public second township for its own accounts and the county's only.
/// </summary>
[Collection(PostgisCollection.Name)]
public class TownshipIsolationTests(TwoTownshipsDatabase db) : IClassFixture<TwoTownshipsDatabase>, IAsyncLifetime
{
    // Each field answers "did any row of the second township come back?"
    const string Reads = """
        query($code: String!, $zone: ID!, $area: ID!, $asset: ID!, $road: ID!, $complaint: ID!, $person: ID!) {
          zones(townshipCode: $code) { totalCount }  assets(townshipCode: $code) { totalCount }
          roads(townshipCode: $code) { totalCount }  complaints(townshipCode: $code) { totalCount }
          people(townshipCode: $code) { id }  units(townshipCode: $code) { id }
          zone(id: $zone) { id }  byCode: zone(code: $code) { id }  asset(id: $asset) { id }  road(id: $road) { id }
          complaint(id: $complaint) { id }  zonesAt(point: {lon: 119.89, lat: 31.015}) { id }  search(text: "西苑") { id }
          assignments(targetKind: ZONE, targetId: $area) { ownerName }  responsibilities(personId: $person) { ownerName }
          demo: complaints(first: 1) { edges { node { townshipCode } } }
        }
        """;

    // One document each: a refused root field nulls the whole data, so siblings would not run.
    static readonly string[] Analyses =
    [
        "query($code: String!) { indicators(townshipCode: $code) { key } }",
        "query($area: ID!) { coverageGaps(zoneId: $area) { kind } }",
        "query($area: ID!) { coverageGapSummary(zoneId: $area) { kind } }",
        "query($area: ID!) { complaintHeatmap(input: {zoneId: $area}) { total } }",
        "query($area: ID!) { indicators(zoneId: $area) { key } }",
    ];

    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(db.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    Dictionary<string, object?> Ids => new()
    {
        ["code"] = SecondTownship.Code, ["zone"] = db.Second.BoundaryZoneId.ToString(), ["area"] = db.Second.AreaZoneId.ToString(),
        ["asset"] = db.Second.AssetId.ToString(), ["road"] = db.Second.RoadId.ToString(),
        ["complaint"] = db.Second.ComplaintId.ToString(), ["person"] = db.Second.PersonId.ToString(),
    };

    /// <summary>The callers of the matrix, by name.</summary>
    Actor? Caller(string name) => name switch
    {
        "anonymous" => null,
        "county-admin" => SecondTownship.CountyActor,
        "s2-hotline" => new Actor("apikey:12345热线 (西苑镇)", Roles.Hotline, Scope: ActorScope.Township(SecondTownship.Code)),
        _ when name.StartsWith("s2-") => db.Second.Actor(name[3..]),
        _ => SecondTownship.DemoActor(name[5..], db.DemoCode),
    };

    static bool Sees(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object when value.TryGetProperty("totalCount", out var n) => n.GetInt64() > 0,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        _ => value.ValueKind != JsonValueKind.Null,
    };

    [Theory]
    [InlineData("anonymous", false)]
    [InlineData("demo-viewer", false)]
    [InlineData("demo-admin", false)]
    [InlineData("s2-viewer", true)]
    [InlineData("s2-cadre", true)]
    [InlineData("s2-planner", true)]
    [InlineData("s2-admin", true)]
    [InlineData("s2-hotline", true)]
    [InlineData("county-admin", true)]
    public async Task Every_list_item_and_search_shows_the_second_township_only_to_its_readers(string caller, bool reads)
    {
        var data = (await _app.ExecuteAsync(Reads, Ids, Caller(caller))).GetProperty("data");
        var wrong = data.EnumerateObject().Where(f => f.Name != "demo" && Sees(f.Value) != reads).Select(f => f.Name).ToList();
        Assert.True(wrong.Count == 0, $"{caller} {(reads ? "misses" : "reads")} the second township through: {string.Join(", ", wrong)}");
        Assert.Equal(db.DemoCode, data.GetProperty("demo").GetProperty("edges")[0].GetProperty("node").GetProperty("townshipCode").GetString());
    }

    [Theory]
    [InlineData("anonymous", false)]
    [InlineData("demo-viewer", false)]
    [InlineData("s2-viewer", true)]
    [InlineData("county-admin", true)]
    public async Task Analyses_of_the_second_township_are_refused_as_missing_to_other_callers(string caller, bool reads)
    {
        foreach (var analysis in Analyses)
        {
            var result = await _app.ExecuteAsync(analysis, Ids, Caller(caller));
            Assert.True(result.TryGetProperty("errors", out _) != reads, $"{analysis}: {result}");
        }
    }

    [Theory]
    [InlineData("s2-viewer", SecondTownship.ReporterName, SecondTownship.ReporterPhone)]
    [InlineData("county-admin", SecondTownship.ReporterName, SecondTownship.ReporterPhone)]
    [InlineData("s2-hotline", "王**", "139****5678")]
    public async Task Reporters_are_shown_in_full_only_to_staff_of_the_township(string caller, string name, string phone)
    {
        var complaint = (await _app.ExecuteAsync("query($id: ID!) { complaint(id: $id) { reporterName reporterPhone } }",
            new Dictionary<string, object?> { ["id"] = db.Second.ComplaintId.ToString() }, Caller(caller))).GetProperty("data").GetProperty("complaint");
        Assert.Equal((name, phone), (complaint.GetProperty("reporterName").GetString(), complaint.GetProperty("reporterPhone").GetString()));
    }

    [Theory]
    [InlineData("demo-viewer", true)]
    [InlineData("anonymous", false)]
    [InlineData("s2-viewer", false)]
    public async Task Demo_reporters_are_masked_for_anyone_but_demo_staff(string caller, bool inFull)
    {
        var stored = await db.ScalarAsync<string>($"SELECT reporter_phone FROM zones.complaint WHERE township_code = '{db.DemoCode}' AND reporter_phone ~ '^1[0-9]{{10}}$' ORDER BY id LIMIT 1");
        var id = await db.ScalarAsync<long>($"SELECT id FROM zones.complaint WHERE reporter_phone = '{stored}' ORDER BY id LIMIT 1");
        var shown = (await _app.ExecuteAsync($"{{ complaint(id: {id}) {{ reporterPhone }} }}", actor: Caller(caller)))
            .GetProperty("data").GetProperty("complaint").GetProperty("reporterPhone").GetString();
        Assert.Equal(inFull ? stored : $"{stored[..3]}****{stored[^4..]}", shown);
    }
}
