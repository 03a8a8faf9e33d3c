using Zones.Server.Data.Analysis;
using Zones.Server.Data.Analysis.Checks;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>垃圾收集点 120 m reach on 甲镇.</summary>
[Collection(ZoneGapFixture.Collection)]
public class CollectionPointCheckTests(ZoneGapFixture f)
{
    readonly CollectionPointCheck check = new();

    // Working points: C0001 (100, 600) in 一村 and the 垃圾房 C0004 (490, 300) on the strip outside every village.
    // 一村 has a working one, so its dwellings count:
    // · 东头 (100, 700): 100 m from C0001 → served.
    // · 河边 (400, 300): 90 m from C0004, just outside the village → served.
    // · 北头 (100, 900), 12 户: 300 m from C0001; the damaged C0002 20 m away does not count → gap, nearest 300 m.
    // · 南湾 (300, 450), 8 户: √(190² + 150²) = 242.1 m from C0004, √(200² + 150²) = 250 m from C0001 → gap.
    // 二村 has only the damaged C0003, so 西坞 (40 户) is not reported dwelling by dwelling.
    [Fact]
    public async Task Dwellings_beyond_every_working_collection_point()
    {
        var gaps = (await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.CollectionPointReach)).OrderBy(g => g.PlaceId).ToList();

        Assert.Equal([f.Id("北头"), f.Id("南湾")], gaps.Select(g => g.PlaceId!.Value));
        Assert.Equal([12, 8], gaps.Select(g => g.Count!.Value));
        Assert.All(gaps, g => Assert.Equal("Point", g.Geometry.GeometryType));
        Assert.Equal("一村居民点「北头」（12 户）距最近的在用垃圾收集点 300 米，按直线距离超出 120 米服务半径，请增设收集点", gaps[0].Description);
        Assert.Contains("242 米", gaps[1].Description);
    }

    // At 300 m 北头 is (just) in reach and so is 南湾.
    [Fact]
    public async Task The_radius_comes_from_the_settings() =>
        Assert.Empty(await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.CollectionPointReach,
                                      settings: AnalysisSettings.Default with { CollectionRadiusM = 300.5, ReachMethod = ReachMethods.StraightLine }));

    [Theory]
    [InlineData("二组", "北头")]
    [InlineData("一组", "南湾")]
    public async Task Asking_for_a_zone_keeps_its_dwellings(string zone, string dwelling) =>
        Assert.Equal(f.Id(dwelling), Assert.Single(await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.CollectionPointReach, f.Id(zone))).PlaceId);
}
