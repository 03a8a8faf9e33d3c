using Zones.Server.Data.Analysis;
using Zones.Server.Data.Analysis.Checks;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>缺口与重叠 on 甲镇 (see <see cref="ZoneGapFixture"/> for the drawing).</summary>
[Collection(ZoneGapFixture.Collection)]
public class ZoneTopologyCheckTests(ZoneGapFixture f)
{
    readonly ZoneTopologyCheck check = new();

    // 西片 (0..1000 × 0..1000) has 一村 (0..480) and 二村 (500..1000 with a 100 × 100 hole):
    // the strip 480..500 × 0..1000 = 20 000 m² and the hole 10 000 m², two parts.
    // 东片 and 四村 share the lake hole, so the lake is no gap; 一村 = 一组 ∪ 二组 and 甲镇 = 西片 ∪ 东片.
    [Fact]
    public async Task Uncovered_land_is_one_gap_per_part_on_the_parent()
    {
        var gaps = (await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.UncoveredLand)).OrderByDescending(g => g.AreaM2).ToList();

        Assert.Equal(2, gaps.Count);
        Assert.All(gaps, g => Assert.Equal(f.Id("西片"), g.ZoneId));
        Assert.Equal(20_000, gaps[0].AreaM2!.Value, 2.0);
        Assert.Equal(10_000, gaps[1].AreaM2!.Value, 1.0);
        Assert.All(gaps, g => Assert.Equal("Polygon", g.Geometry.GeometryType));
        Assert.Contains("西片有 20000 平方米土地未划入任何下级片区", gaps[0].Description);
    }

    // The hole of 二村 lies in 西片 only when 西片 has land there; a child hole the parent shares is no gap.
    [Fact]
    public async Task A_hole_the_parent_shares_is_no_gap()
    {
        var gaps = await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.UncoveredLand, zoneId: f.Id("东片"));

        Assert.Empty(gaps);
    }

    // 三村 (1000..1320) and 四村 (1300..2000) both claim 1300..1320 × 0..1000 = 20 000 m²; one gap for the pair.
    [Fact]
    public async Task Overlapping_siblings_are_one_gap_per_pair()
    {
        var gap = Assert.Single(await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.ZoneOverlap));

        Assert.Equal(20_000, gap.AreaM2!.Value, 2.0);
        Assert.Equal(f.Id("三村"), gap.ZoneId);
        Assert.Equal(f.Id("四村"), gap.RelatedZoneId);
        Assert.Equal("三村与四村重叠 20000 平方米，请调整边界使其只属一方", gap.Description);
    }

    // The strip between 一村 and 二村 touches 一村's edge but lies outside it; 西片 contains it.
    [Theory]
    [InlineData("一村", 0, 0)]
    [InlineData("西片", 2, 0)]
    [InlineData("四村", 0, 1)]
    [InlineData("甲镇", 2, 1)]
    public async Task Asking_for_a_zone_returns_only_the_gaps_inside_it(string zone, int uncovered, int overlaps)
    {
        Assert.Equal(uncovered, (await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.UncoveredLand, f.Id(zone))).Count);
        Assert.Equal(overlaps, (await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.ZoneOverlap, f.Id(zone))).Count);
    }

    [Fact]
    public async Task A_larger_minimum_area_drops_the_small_part() =>
        Assert.Single(await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.UncoveredLand,
                                       settings: AnalysisSettings.Default with { MinAreaM2 = 15_000 }));
}
