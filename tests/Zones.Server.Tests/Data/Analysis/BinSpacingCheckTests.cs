using Zones.Server.Data.Analysis;
using Zones.Server.Data.Analysis.Checks;
using static Zones.Server.Tests.Data.Analysis.RoadFixture;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>
/// 果皮箱间距 on roads drawn by hand (local metres). Default spacings: arterial 100 m, secondary and
/// branch 200 m, highway 400 m, village not checked; a bin within 30 m of the centreline counts.
/// </summary>
[Collection(RoadFixture.Collection)]
public class BinSpacingCheckTests(RoadFixture roads) : IAsyncLifetime
{
    public Task InitializeAsync() => roads.NewTownshipAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    Task<IReadOnlyList<CoverageGap>> Gaps(AnalysisSettings? settings = null) => roads.FindAsync(new BinSpacingCheck(), settings);

    Task BinsAsync(params (double X, double Y)[] at) => roads.AssetsAsync("bin", at);

    static void AssertGap(CoverageGap gap, double length, int binsNeeded)
    {
        Assert.Equal(GapKinds.BinSpacing, gap.Kind);
        Assert.Equal(length, gap.LengthM!.Value, 0.5);
        Assert.Equal(binsNeeded, gap.BinsNeeded);
    }

    [Fact]
    public async Task Stretches_longer_than_the_class_spacing_are_gaps_with_the_bins_needed()
    {
        await roads.RoadAsync("R1", "branch", "LINESTRING(0 500, 1000 500)", "河埠路");
        await BinsAsync((100, 505), (700, 505));

        // Limits 0, 100, 700, 1000: 100 m is fine; 600 m → ⌈600 / 200⌉ − 1 = 2; 300 m → ⌈1.5⌉ − 1 = 1.
        var gaps = await Gaps();
        Assert.Equal(2, gaps.Count);
        AssertGap(gaps[0], 600, 2);
        AssertGap(gaps[1], 300, 1);
        Assert.Equal("河埠路（R1）距路段起点 100–700 米处 600 米无果皮箱，需增设 2 个", gaps[0].Description);
        Assert.Equal(600, await roads.GeodesicLengthAsync(gaps[0]), 0.5);
    }

    [Fact]
    public async Task A_segment_without_any_bin_is_one_stretch_measured_against_its_class()
    {
        await roads.RoadAsync("SEC", "secondary", "LINESTRING(0 200, 500 200)");
        await roads.RoadAsync("HWY", "highway", "LINESTRING(0 500, 900 500)");
        await roads.RoadAsync("ART", "arterial", "LINESTRING(0 800, 90 800)");

        // 500 m at 200 → 2; 900 m at 400 → ⌈2.25⌉ − 1 = 2; a 90 m arterial is within its 100 m.
        var gaps = (await Gaps()).OrderBy(g => g.LengthM).ToList();
        Assert.Equal(2, gaps.Count);
        AssertGap(gaps[0], 500, 2);
        AssertGap(gaps[1], 900, 2);
    }

    [Fact]
    public async Task Village_roads_are_checked_only_when_the_township_sets_a_spacing()
    {
        await roads.RoadAsync("V1", "village", "LINESTRING(0 500, 1000 500)");

        Assert.Empty(await Gaps());
        // {"binSpacingM": {"village": 300}}: ⌈1000 / 300⌉ − 1 = 3; the other classes keep their defaults.
        AssertGap(Assert.Single(await Gaps(AnalysisSettings.FromJson("""{"binSpacingM": {"village": 300}}"""))), 1000, 3);
    }

    [Fact]
    public async Task A_bin_on_the_other_side_of_the_road_counts()
    {
        await roads.RoadAsync("R1", "branch", "LINESTRING(0 500, 380 500)");
        await BinsAsync((190, 471));

        // 29 m south of the centreline: limits 0, 190, 380 — two stretches of 190 m, within 200 m.
        Assert.Empty(await Gaps());
    }

    [Fact]
    public async Task Damaged_retired_and_far_bins_do_not_count()
    {
        await roads.RoadAsync("R1", "branch", "LINESTRING(0 500, 380 500)");
        await roads.AssetsAsync("bin", [(190, 505)], status: "damaged");
        await roads.AssetsAsync("bin", [(150, 505)], retired: true);
        await BinsAsync((230, 531));

        // None of the three splits the segment: 380 m → ⌈1.9⌉ − 1 = 1.
        AssertGap(Assert.Single(await Gaps()), 380, 1);
    }

    [Fact]
    public async Task Bins_spaced_within_the_rule_leave_no_gap()
    {
        await roads.RoadAsync("A1", "arterial", "LINESTRING(0 500, 1000 500)");
        await BinsAsync([.. Every(50, 1000, 95, 490)]);

        // 50, 145, …, 905 and the end 1000: every stretch is 95 m or less, under the arterial's 100 m.
        Assert.Empty(await Gaps());
    }
}
