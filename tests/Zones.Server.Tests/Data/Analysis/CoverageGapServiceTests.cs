using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Data.Analysis;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>The checks of this suite through <see cref="CoverageGapService"/> and the GraphQL field.</summary>
[Collection(ZoneGapFixture.Collection)]
public class CoverageGapServiceTests(ZoneGapFixture f)
{
    // The gaps the checks leave without a zone get the most specific zone holding them: the toilet gap
    // lies in 二村 (no groups), 北头 (100, 900) in 二组, 南湾 (300, 450) in 一组, T0002 (750, 150) in 二村.
    [Fact]
    public async Task The_service_fills_the_most_specific_zone()
    {
        var gaps = await f.Service().FindAsync([ZoneGapFixture.T1], null,
            [GapKinds.ToiletReach, GapKinds.CollectionPointReach, GapKinds.AssetWithoutMaintainer], default);

        Assert.Equal(f.Id("二村"), gaps.Single(g => g.Kind == GapKinds.ToiletReach).ZoneId);
        Assert.Equal(f.Id("二组"), gaps.Single(g => g.PlaceId == f.Id("北头")).ZoneId);
        Assert.Equal(f.Id("一组"), gaps.Single(g => g.PlaceId == f.Id("南湾")).ZoneId);
        Assert.Equal(f.Id("二村"), gaps.Single(g => g.AssetId == f.Id("T0002")).ZoneId);
        // T0003 stands outside the township: no zone holds it.
        Assert.Null(gaps.Single(g => g.AssetId == f.Id("T0003")).ZoneId);
        // Sorted by kind in the order of GapKinds.All.
        Assert.Equal([GapKinds.AssetWithoutMaintainer, GapKinds.AssetWithoutMaintainer, GapKinds.AssetWithoutMaintainer,
                      GapKinds.ToiletReach, GapKinds.CollectionPointReach, GapKinds.CollectionPointReach],
                     gaps.Select(g => g.Kind));
    }

    // 乙镇 and 丙镇 are the same village with the same toilet; 丙镇's settings say toiletRadiusM 500,
    // which puts its farthest corner (427 m) in reach (see ToiletCheckTests for 乙镇's 33 905 m²).
    [Fact]
    public async Task Each_township_uses_its_own_settings()
    {
        var gaps = await f.Service().FindAsync([ZoneGapFixture.T2, ZoneGapFixture.T3], null, [GapKinds.ToiletReach], default);

        Assert.Equal(ZoneGapFixture.T2, Assert.Single(gaps).TownshipCode);
        Assert.Equal(f.Id("乙村"), gaps[0].ZoneId);
        Assert.Equal(500, (await f.Service().SettingsAsync(ZoneGapFixture.T3, default)).ToiletRadiusM);
    }

    // Everything the five checks find on 甲镇, worked out in their own tests: 2 uncovered parts, 1 overlap,
    // 2 unowned zones, 2 unowned roads, 3 assets without maintainer, 1 toilet gap, 1 village without toilet,
    // 1 dry toilet, 2 dwellings, 6 assets out of service.
    [Fact]
    public async Task All_kinds_for_the_township()
    {
        var summary = GapSummary.Of(await f.Service().FindAsync([ZoneGapFixture.T1], null, null, default));

        Assert.Equal(
            "uncovered_land 2, zone_overlap 1, zone_without_owner 2, road_without_owner 2, asset_without_maintainer 3, " +
            "toilet_reach 1, village_without_toilet 1, dry_toilet_in_built_up 1, collection_point_reach 2, asset_out_of_service 6",
            string.Join(", ", summary.Select(s => $"{s.Kind} {s.Gaps}")));
    }

    // One GraphQL call: 西片's two uncovered parts, largest first, with their zone and its owner (环卫所).
    [Fact]
    public async Task The_coverageGaps_field_returns_kind_geometry_area_zone_and_owner()
    {
        await using var app = new ZonesApplication(f.ConnectionString);
        var result = await app.ExecuteAsync("""
            query ($zone: ID!) {
              coverageGaps(zoneId: $zone, kinds: [UNCOVERED_LAND, ZONE_WITHOUT_OWNER]) {
                kind areaM2 geometry { kind } zone { name } owner { ownerName isPrimary }
              }
            }
            """, new Dictionary<string, object?> { ["zone"] = f.Id("西片").ToString() }, new Actor("viewer", Roles.Viewer));

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var gaps = result.GetProperty("data").GetProperty("coverageGaps").EnumerateArray().ToList();
        Assert.Equal(["UNCOVERED_LAND", "UNCOVERED_LAND", "ZONE_WITHOUT_OWNER", "ZONE_WITHOUT_OWNER"], gaps.Select(g => g.GetProperty("kind").GetString()));
        Assert.Equal(20_000, gaps[0].GetProperty("areaM2").GetDouble(), 2.0);
        Assert.Equal(10_000, gaps[1].GetProperty("areaM2").GetDouble(), 1.0);
        Assert.Equal("POLYGON", gaps[0].GetProperty("geometry").GetProperty("kind").GetString());
        Assert.Equal("西片", gaps[0].GetProperty("zone").GetProperty("name").GetString());
        Assert.Equal("环卫所", gaps[0].GetProperty("owner").GetProperty("ownerName").GetString());
        // 二村 (490 000 m²) before 二组 (240 000 m²); 二村 has no owner of its own, so 西片's answers for it (属地兜底).
        Assert.Equal(["二村", "二组"], gaps.Skip(2).Select(g => g.GetProperty("zone").GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Object, gaps[2].GetProperty("owner").ValueKind);
    }
}
