using Zones.Server.Data.Analysis;
using Zones.Server.Data.Analysis.Checks;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>
/// The road checks on the demo township (data/demo/README.md, 路灯 and 果皮箱): exactly the planted 无路灯道路,
/// 缺灯段 and bin gap, through <see cref="CoverageGapService"/> so the zone of each gap is filled as in the API.
/// </summary>
[Collection(PostgisCollection.Name)]
public class DemoRoadGapsTests(PostgisFixture pg)
{
    Task<IReadOnlyList<CoverageGap>> Find(long? zoneId, params string[] kinds) =>
        new CoverageGapService(new AnalysisLane(pg.DataSource), [new LightingCheck(), new BinSpacingCheck()])
            .FindAsync([pg.TownshipCode], zoneId, kinds, CancellationToken.None);

    // "R047 739 27" per gap, by road code: the road, its length and the lights or bins needed.
    async Task<List<string>> Rows(IEnumerable<CoverageGap> gaps)
    {
        var rows = new List<string>();
        foreach (var g in gaps)
            rows.Add($"{await pg.ScalarAsync<string>($"SELECT code FROM zones.road WHERE id = {g.RoadId}")} {g.LengthM:0} {g.LightsNeeded ?? g.BinsNeeded}");
        return [.. rows.Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task Exactly_the_four_planted_segments_are_unlit()
    {
        var gaps = await Find(null, GapKinds.UnlitRoad);

        // Lengths 738.9, 783.4, 365.4, 426.5 m (README: 739, 783, 365, 427). ⌊L / 28⌋ + 1 (branch and
        // village both at 3.5 × 8 m): 26 + 1, 27 + 1, 13 + 1, 15 + 1.
        Assert.Equal(["R047 739 27", "R054 783 28", "R082 365 14", "R083 427 16"], await Rows(gaps));
        Assert.All(gaps, g => Assert.NotNull(g.ZoneId));
    }

    [Fact]
    public async Task Exactly_the_planted_270m_stretch_of_R010_is_a_light_gap()
    {
        var gap = Assert.Single(await Find(null, GapKinds.LightGap));

        // README: R010 S208省道 844 → 1114 m, H = 12 (threshold 2 × 3.5 × 12 = 84); ⌈270 / 42⌉ − 1 = 6.
        Assert.Equal(["R010 270 6"], await Rows([gap]));
        Assert.Equal(270, gap.LengthM!.Value, 1.0);
        Assert.StartsWith("S208省道（R010）距路段起点 844–1114 米处 270 米缺灯", gap.Description);
    }

    [Fact]
    public async Task A_village_scope_keeps_only_its_own_unlit_lanes()
    {
        var village = await pg.ScalarAsync<long>("SELECT id FROM zones.zone WHERE name = '港口村' AND valid_to IS NULL");

        var gaps = await Find(village, GapKinds.UnlitRoad, GapKinds.LightGap);

        // 港口村 holds R054, R082 and R083; 河埠路 (R047, in town) and R010 lie in other villages.
        Assert.Equal(["R054 783 28", "R082 365 14", "R083 427 16"], await Rows(gaps));
    }

    [Fact]
    public async Task Exactly_the_planted_170m_stretch_of_R019_is_a_bin_gap()
    {
        var gap = Assert.Single(await Find(null, GapKinds.BinSpacing));

        // README 果皮箱: 人民路 (R019, arterial, spacing 100 m) 369 → 539 m has no bin; ⌈170 / 100⌉ − 1 = 1.
        // Every damaged, lost or abandoned bin stands where the working ones round it still meet the spacing.
        Assert.Equal(["R019 170 1"], await Rows([gap]));
        Assert.Equal(170, gap.LengthM!.Value, 1.0);
        Assert.StartsWith("人民路（R019）距路段起点 369–539 米处 170 米无果皮箱，需增设 1 个", gap.Description);
        Assert.NotNull(gap.ZoneId);
    }
}
