using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema;

/// <summary>The demo and the second township in a database of their own: these tests add complaints beside a shop.</summary>
public sealed class ShopWorld() : TwoTownshipsDatabase("_shops");

/// <summary>
/// Shops and 门前三包 (issue #13 §6): the frontage is the default 10 m stretch of the nearest road
/// centred on the shop, the complaints within 15 m of it belong to the shop, the shop's 包联 falls
/// back to its zone's owner, and another township's shops stay invisible.
/// </summary>
[Collection(PostgisCollection.Name)]
public class ShopQueryTests(ShopWorld db) : IClassFixture<ShopWorld>, IAsyncLifetime
{
    const string ShopQuery = """
        query($id: ID!, $open: Boolean) { shop(id: $id) { name frontageLengthM road { id name } frontage { kind }
          responsibleOwner { ownerName } complaints(open: $open) { caseNumber } } }
        """;

    // A complaint in the second township at $2 metres from the end of the shop's frontage, on the far
    // side of the road from the shop (azimuth shop → frontage midpoint), in stage $3.
    const string ComplaintBesideSql = """
        WITH s AS (SELECT h.geom AS shop, f.geom AS frontage FROM zones.shop h
                   CROSS JOIN LATERAL zones.shop_frontage(h.township_code, h.geom, h.frontage_m) f WHERE h.id = $1),
             p AS (SELECT ST_Project(ST_EndPoint(s.frontage)::geography, $2,
                                     ST_Azimuth(s.shop::geography, ST_LineInterpolatePoint(s.frontage, 0.5)::geography))::geometry AS at FROM s),
             a AS (SELECT set_config('zones.actor', 'test:shops', true))
        INSERT INTO zones.complaint (township_code, case_number, geom, category_kind, category_code, source, description,
                                     stage, reported_at, deadline, closed_at)
        SELECT '330522200000', $4, p.at, 'event', '0102', 'citizen', '门前堆放杂物', $3, now() - interval '1 hour', now() + interval '3 days',
               CASE WHEN $3 = 'closed' THEN now() END
        FROM p, a RETURNING id
        """;

    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(db.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    Actor Reader => db.Second.Actor(Roles.Viewer);

    async Task<JsonElement> ShopAsync(long id, bool? open = null, Actor? actor = null)
    {
        var result = await _app.ExecuteAsync(ShopQuery, new Dictionary<string, object?> { ["id"] = id.ToString(), ["open"] = open }, actor ?? Reader);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data").GetProperty("shop");
    }

    [Fact]
    public async Task The_frontage_is_the_default_10_m_within_1_percent_and_lies_on_the_nearest_road()
    {
        var shop = await ShopAsync(db.Second.ShopId);
        Assert.InRange(shop.GetProperty("frontageLengthM").GetDouble(), 9.9, 10.1);
        Assert.Equal(db.Second.RoadId.ToString(), shop.GetProperty("road").GetProperty("id").GetString());
        var offRoad = await db.DataSource.ScalarAsync<double>("""
            SELECT max(ST_Distance(d.geom::geography, r.geom::geography))
            FROM zones.shop h CROSS JOIN LATERAL zones.shop_frontage(h.township_code, h.geom, h.frontage_m) f
            JOIN zones.road r ON r.id = f.road_id CROSS JOIN LATERAL ST_DumpPoints(f.geom) d
            WHERE h.id = $1
            """, db.Second.ShopId);
        Assert.InRange(offRoad, 0, 0.01);
    }

    [Fact]
    public async Task Every_demo_shop_on_a_street_has_a_10_m_frontage()
    {
        var lengths = await db.DataSource.ScalarAsync<double[]>(
            "SELECT array_agg(f.length_m) FROM zones.shop h CROSS JOIN LATERAL zones.shop_frontage(h.township_code, h.geom, h.frontage_m) f WHERE h.township_code = $1",
            db.DemoCode);
        Assert.NotEmpty(lengths);
        Assert.All(lengths, l => Assert.InRange(l, 9.9, 10.1));
    }

    [Fact]
    public async Task Complaints_within_15_m_of_the_frontage_are_the_shops_and_farther_ones_are_not()
    {
        await db.DataSource.ScalarAsync<long>(ComplaintBesideSql, db.Second.ShopId, 10.0, "registered", "E0102202612070001");
        await db.DataSource.ScalarAsync<long>(ComplaintBesideSql, db.Second.ShopId, 5.0, "closed", "E0102202612070002");
        await db.DataSource.ScalarAsync<long>(ComplaintBesideSql, db.Second.ShopId, 25.0, "registered", "E0102202612070003");
        string[] Cases(JsonElement shop) => [.. shop.GetProperty("complaints").EnumerateArray().Select(c => c.GetProperty("caseNumber").GetString()!).Order()];
        Assert.Equal(["E0102202612070001"], Cases(await ShopAsync(db.Second.ShopId, open: true)));
        Assert.Equal(["E0102202612070001", "E0102202612070002"], Cases(await ShopAsync(db.Second.ShopId)));
    }

    [Fact]
    public async Task A_shop_nobody_is_assigned_to_answers_through_its_zones_owner()
    {
        var shop = await ShopAsync(db.Second.ShopId);
        Assert.Equal(SecondTownship.OwnerName, shop.GetProperty("responsibleOwner").GetProperty("ownerName").GetString());
    }

    [Fact]
    public async Task Another_townships_shops_are_invisible()
    {
        var demoViewer = SecondTownship.DemoActor(Roles.Viewer, db.DemoCode);
        var result = await _app.ExecuteAsync("""
            query($id: ID!, $code: String) { shop(id: $id) { id } shops(townshipCode: $code) { totalCount }
              all: shops(first: 100) { edges { node { townshipCode } } } search(text: "西苑便民") { id } }
            """, new Dictionary<string, object?> { ["id"] = db.Second.ShopId.ToString(), ["code"] = SecondTownship.Code }, demoViewer);
        var data = result.GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("shop").ValueKind);
        Assert.Equal(0, data.GetProperty("shops").GetProperty("totalCount").GetInt32());
        Assert.All(data.GetProperty("all").GetProperty("edges").EnumerateArray(),
            e => Assert.Equal(db.DemoCode, e.GetProperty("node").GetProperty("townshipCode").GetString()));
        Assert.Equal(0, data.GetProperty("search").GetArrayLength());
    }

    [Fact]
    public async Task A_zones_shops_are_listed_with_their_cadre_for_the_print()
    {
        var result = await _app.ExecuteAsync("""
            query($zone: ID!) { shops(zoneId: $zone, first: 100) { totalCount edges { node { name address responsibleOwner { ownerName ownerPhone } } } } }
            """, new Dictionary<string, object?> { ["zone"] = db.Second.AreaZoneId.ToString() }, Reader);
        var node = result.GetProperty("data").GetProperty("shops").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal((SecondTownship.ShopName, SecondTownship.OwnerPhone),
                     (node.GetProperty("name").GetString(), node.GetProperty("responsibleOwner").GetProperty("ownerPhone").GetString()));
    }

    [Fact]
    public async Task Shops_are_found_by_name_in_the_search_box()
    {
        var result = await _app.ExecuteAsync("{ search(text: \"西苑便民\") { kind id subtitle } }", actor: Reader);
        var hit = result.GetProperty("data").GetProperty("search")[0];
        Assert.Equal(("SHOP", db.Second.ShopId.ToString()), (hit.GetProperty("kind").GetString(), hit.GetProperty("id").GetString()));
    }
}
