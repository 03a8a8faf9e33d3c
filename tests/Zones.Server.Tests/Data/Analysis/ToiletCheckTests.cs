using Zones.Server.Data.Analysis;
using Zones.Server.Data.Analysis.Checks;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>
/// 公厕 reach, villages without a toilet and 旱厕 in the built-up area. Reach is straight-line on the
/// spheroid; the 300 m circle is a 64-gon (sag ≤ 0.36 m) buffered in UTM zone 51, whose scale here is
/// 1.0006 (radius 0.18 m short), so an uncovered area comes out up to ≈ 0.6 m × the length of arc
/// crossing the land larger than the exact circle gives (tolerances below; 乙村 measures +135 m²).
/// </summary>
[Collection(ZoneGapFixture.Collection)]
public class ToiletCheckTests(ZoneGapFixture f)
{
    readonly ToiletCheck check = new();

    // 甲镇 has built-up areas, so only they are checked, cut by village. Working toilets: T0001 at
    // (240, 50) and T0003 at (1150, 1050) — 50 m outside the township. T0002 (damaged) and T0006 (dry, damaged) do not count.
    // · 一村 ∩ 镇区 = 0..480 × 0..100: farthest corner (0, 0) is √(240² + 50²) = 245 m from T0001 → covered.
    // · 三村 ∩ 工业区 = 1000..1300 × 900..1000: farthest corners √(150² + 150²) = 212 m from T0003 → covered,
    //   only because a toilet just outside the zone serves it (else the whole 30 000 m² would be a gap).
    // · 二村 ∩ 镇区 = 500..1000 × 0..100 = 50 000 m²: T0001's circle reaches x = 240 + √(300² − (y − 50)²), so it covers
    //   ∫₋₅₀⁵⁰ (√(90 000 − t²) − 260) dt = [t√(90 000 − t²) + 90 000·asin(t/300)]₀⁵⁰ − 26 000
    //   = 14 790.2 + 15 070.3 − 26 000 = 3 860.5 m² → 46 139.5 m² beyond reach, one part (arc ≈ 100 m: ± 60 m²),
    //   holding the market (900, 50) and the bus stop (600, 50); the school (520, 50) is 280 m away, covered.
    // · The strip 480..500 lies in no village and is left to the uncovered-land check.
    [Fact]
    public async Task Built_up_land_beyond_every_working_toilet()
    {
        var gap = Assert.Single(await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.ToiletReach));

        Assert.Equal(46_139.5, gap.AreaM2!.Value, 60.0);
        Assert.Equal(2, gap.Count);
        Assert.Equal("Polygon", gap.Geometry.GeometryType);
        Assert.Null(gap.ZoneId);
        Assert.StartsWith("二村建成区内有 461", gap.Description);
        Assert.EndsWith("在所有在用公厕 300 米服务半径以外（按直线距离），含 2 处人流聚集场所，请增设或修复公厕", gap.Description);
    }

    // 乙镇's one village (400 × 300 m) is all built up, with no mapped road: measured in a straight line. The toilet stands at the middle
    // of the west edge; the half disc over the strip |t| ≤ 150 covers [t√(90 000 − t²) + 90 000·asin(t/300)] at t = 150
    // = 38 971.1 + 47 123.9 = 86 095.0 m², so 120 000 − 86 095.0 = 33 905.0 m² are beyond reach (arc ≈ 314 m: ± 190 m²).
    [Fact]
    public async Task A_wholly_built_up_village_without_roads_is_checked_in_a_straight_line()
    {
        var gap = Assert.Single(await f.RunAsync(check, ZoneGapFixture.T2, GapKinds.ToiletReach));

        Assert.Equal(33_905.0, gap.AreaM2!.Value, 190.0);
        Assert.Equal(0, gap.Count);
        Assert.Matches("^乙村建成区内有 3[34][0-9]{3} 平方米在所有在用公厕 300 米服务半径以外（按直线距离），请增设或修复公厕$", gap.Description);
    }

    // With 500 m the farthest corners, √(400² + 150²) = 427 m away, are in reach.
    [Fact]
    public async Task A_larger_radius_closes_the_gap() =>
        Assert.Empty(await f.RunAsync(check, ZoneGapFixture.T2, GapKinds.ToiletReach,
                                      settings: AnalysisSettings.Default with { ToiletRadiusM = 500 }));

    [Theory]
    [InlineData("一村", 0)]
    [InlineData("二村", 1)]
    [InlineData("西片", 1)]
    [InlineData("东片", 0)]
    public async Task Asking_for_a_zone_checks_only_its_land(string zone, int gaps) =>
        Assert.Equal(gaps, (await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.ToiletReach, f.Id(zone))).Count);

    // 四村's toilets are lost (T0004) and abandoned (T0005); 三村 has T0006, damaged but there;
    // T0003 stands outside every village; 一村 and 二村 have T0001 and T0002.
    [Fact]
    public async Task Villages_with_no_public_toilet()
    {
        var gap = Assert.Single(await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.VillageWithoutToilet));

        Assert.Equal(f.Id("四村"), gap.ZoneId);
        Assert.StartsWith("四村没有公厕", gap.Description);
        Assert.Empty(await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.VillageWithoutToilet, f.Id("西片")));
    }

    // T0006 (dry) stands in 工业区; T0005 (dry) is in 四村 outside every built-up area.
    [Fact]
    public async Task Dry_toilets_inside_the_built_up_area()
    {
        var gap = Assert.Single(await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.DryToiletInBuiltUp));

        Assert.Equal(f.Id("T0006"), gap.AssetId);
        Assert.Equal("旱厕 T0006位于建成区「工业区」内，应改建为水冲式公厕或拆除", gap.Description);
    }
}
