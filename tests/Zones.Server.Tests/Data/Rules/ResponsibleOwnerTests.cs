using Zones.Server.Tests.Data.Complaints;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Complaints.ComplaintKit;

namespace Zones.Server.Tests.Data.Rules;

/// <summary>
/// 属地兜底 as the database defines it once (migration 0010): <c>zones.responsible_owner</c> and
/// <c>zones.zone_at</c>, on the test township of <see cref="ComplaintKit"/> (all assignments from 2020).
/// Each answer reads "source kind, source id, levels up, owner".
/// </summary>
[Collection(PostgisCollection.Name)]
public class ResponsibleOwnerTests(PostgisFixture pg) : ComplaintTownshipTests(pg)
{
    /// <summary>
    /// <see cref="ComplaintKit.DropTownshipAsync"/> knows the kit's rows only; the draft group and the
    /// road some tests add go first. Prepended, because a stale one would fail every later test.
    /// </summary>
    public override async Task InitializeAsync()
    {
        await Kit.ExecuteAsync(DropExtrasSql);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await Kit.ExecuteAsync(DropExtrasSql);
        await base.DisposeAsync();
    }

    internal const string DropExtrasSql = $"""
        DELETE FROM zones.assignment WHERE zone_id = 920019;
        DELETE FROM zones.zone_history WHERE zone_id = 920019;
        DELETE FROM zones.zone WHERE id = 920019;
        DELETE FROM zones.road WHERE township_code = '{Township}';
        """;

    Task<string> OwnerAsync(string kind, long id, string at = "now()") => Kit.ScalarAsync<string>($"""
        SELECT coalesce((SELECT concat_ws(' ', o.source_kind, o.source_id, o.levels_up,
                                          CASE WHEN o.person_id IS NOT NULL THEN 'person ' || o.person_id ELSE 'unit ' || o.unit_id END)
                         FROM zones.responsible_owner('{kind}', {id}, {at}) o), 'nobody')
        """);

    Task<long> ZoneAtAsync(double lon, double lat) =>
        Kit.ScalarAsync<long>($"SELECT id FROM zones.zone_at('{Township}', ST_SetSRID(ST_MakePoint({lon}, {lat}), 4326))");

    Task AddDraftGroupAsync(long owner) => Kit.ExecuteAsync($"""
        INSERT INTO zones.zone (id, township_code, parent_id, level, code, name, status, geom) OVERRIDING SYSTEM VALUE VALUES
          (920019, '{Township}', {QiantangVillage}, 'group', '999999002001001001', '前塘村一组（草稿）', 'draft',
           ST_GeomFromText('MULTIPOLYGON(((120.000 30.000,120.002 30.000,120.002 30.002,120.000 30.002,120.000 30.000)))', 4326));
        INSERT INTO zones.assignment (township_code, target_kind, zone_id, unit_id, role, is_primary, valid_from)
        VALUES ('{Township}', 'zone', 920019, {owner}, 'responsible_unit', true, '2020-01-01');
        """);

    [Fact]
    public async Task An_asset_with_its_own_owner_answers_before_its_zone() =>
        Assert.Equal($"asset {BinWithOwner} 0 unit {SanitationUnit}", await OwnerAsync("asset", BinWithOwner));

    [Fact]
    public async Task An_asset_without_an_owner_answers_through_the_zone_it_lies_in() =>
        Assert.Equal($"zone {QiantangVillage} 1 unit {VillageUnit}", await OwnerAsync("asset", BinInQiantang));

    [Fact]
    public async Task An_unowned_zone_falls_back_to_its_parents_owner() =>
        Assert.Equal($"zone 920011 1 person {AreaLeader}", await OwnerAsync("zone", HoutangVillage));

    [Fact]
    public async Task An_unowned_area_falls_back_to_the_township() =>
        Assert.Equal($"zone 920010 1 unit {TownUnit}", await OwnerAsync("zone", EastArea));

    [Fact]
    public async Task A_draft_zone_on_the_way_up_is_passed_over()
    {
        await Kit.ExecuteAsync("UPDATE zones.zone SET status = 'draft' WHERE id = 920011");
        Assert.Equal($"zone 920010 2 unit {TownUnit}", await OwnerAsync("zone", HoutangVillage));
    }

    [Fact]
    public async Task A_draft_zones_own_owner_does_not_answer_yet()
    {
        await AddDraftGroupAsync(OtherUnit);
        Assert.Equal($"zone {QiantangVillage} 1 unit {VillageUnit}", await OwnerAsync("zone", 920019));
    }

    [Fact]
    public async Task A_point_in_a_draft_zone_lies_in_the_published_zone_beneath_it()
    {
        await AddDraftGroupAsync(OtherUnit);
        Assert.Equal(QiantangVillage, await ZoneAtAsync(120.001, 30.001));
    }

    [Fact]
    public async Task A_point_on_the_edge_of_two_villages_lies_in_the_one_with_the_lower_id() =>
        Assert.Equal(QiantangVillage, await ZoneAtAsync(120.005, 30.005));

    [Fact]
    public async Task The_owner_at_a_past_time_is_the_one_in_force_then()
    {
        await Kit.ExecuteAsync($"""
            UPDATE zones.assignment SET valid_to = '2025-01-01' WHERE zone_id = {QiantangVillage};
            INSERT INTO zones.assignment (township_code, target_kind, zone_id, unit_id, role, is_primary, valid_from)
            VALUES ('{Township}', 'zone', {QiantangVillage}, {OtherUnit}, 'responsible_unit', true, '2025-01-01');
            """);
        Assert.Equal(
            [$"zone {QiantangVillage} 0 unit {VillageUnit}", $"zone {QiantangVillage} 0 unit {OtherUnit}", "nobody"],
            [await OwnerAsync("zone", QiantangVillage, "'2024-06-01'"), await OwnerAsync("zone", QiantangVillage),
             await OwnerAsync("zone", QiantangVillage, "'2019-06-01'")]);
    }

    [Fact]
    public async Task A_road_without_an_owner_answers_through_the_zone_at_its_midpoint()
    {
        var road = await Kit.ScalarAsync<long>($"""
            INSERT INTO zones.road (township_code, code, name, class, geom)
            VALUES ('{Township}', 'R1', '前塘路', 'village', ST_GeomFromText('LINESTRING(120.001 30.002,120.004 30.002)', 4326))
            RETURNING id
            """);
        Assert.Equal($"zone {QiantangVillage} 1 unit {VillageUnit}", await OwnerAsync("road", road));
    }
}
