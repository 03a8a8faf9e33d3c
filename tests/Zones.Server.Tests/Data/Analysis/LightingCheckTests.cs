using Zones.Server.Data.Analysis;
using Zones.Server.Data.Analysis.Checks;
using static Zones.Server.Tests.Data.Analysis.RoadFixture;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>
/// 无路灯道路 and 缺灯段 on roads drawn by hand (local metres, road along y = 500 unless said).
/// Defaults: S = 3.5 H (3 H on arterials), gap when longer than 2 S; H = 8 m → S = 28 m, threshold 56 m.
/// </summary>
[Collection(RoadFixture.Collection)]
public class LightingCheckTests(RoadFixture roads) : IAsyncLifetime
{
    const string Km = "LINESTRING(0 500, 1000 500)";

    public Task InitializeAsync() => roads.NewTownshipAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    Task<IReadOnlyList<CoverageGap>> Gaps(AnalysisSettings? settings = null, long? zoneId = null, params string[] kinds) =>
        roads.FindAsync(new LightingCheck(), settings, zoneId, kinds);

    // Lamps 8 m north of the centreline every 30 m from 10 to 400 and from 600 to 990: a 200 m hole.
    Task HoleFrom400To600Async(double? heightBefore = 8, double? heightAfter = 8, double y = 508) => Task.WhenAll(
        roads.LightsAsync(Every(10, 400, 30, y), heightBefore), roads.LightsAsync(Every(600, 990, 30, y), heightAfter));

    static void AssertGap(CoverageGap gap, string kind, double length, int lightsNeeded)
    {
        Assert.Equal(kind, gap.Kind);
        Assert.Equal(length, gap.LengthM!.Value, 0.5);
        Assert.Equal(lightsNeeded, gap.LightsNeeded);
    }

    [Fact]
    public async Task A_1km_road_lit_every_30m_except_a_200m_hole_has_one_gap_needing_7_lights()
    {
        await roads.RoadAsync("R1", "branch", Km, "河埠路");
        await HoleFrom400To600Async();

        var gap = Assert.Single(await Gaps());

        // 200 m > 2 × 28 m; ⌈200 / 28⌉ − 1 = ⌈7.14⌉ − 1 = 7. Edge stretches are 10 m (0–10, 990–1000).
        AssertGap(gap, GapKinds.LightGap, 200, 7);
        Assert.Equal(200, await roads.GeodesicLengthAsync(gap), 0.5);
        Assert.Equal("河埠路（R1）距路段起点 400–600 米处 200 米缺灯，需增设 7 盏", gap.Description);
    }

    [Fact]
    public async Task A_first_light_70m_from_the_start_leaves_a_70m_gap_at_the_road_end()
    {
        await roads.RoadAsync("R1", "branch", Km);
        await roads.LightsAsync(Every(70, 1000, 30, 508));

        // The segment start is a limit: 0–70 is 70 m > 56 m; ⌈70 / 28⌉ − 1 = 2. The last lamp stands at 1000.
        AssertGap(Assert.Single(await Gaps()), GapKinds.LightGap, 70, 2);
    }

    [Fact]
    public async Task A_stretch_to_the_road_end_uses_the_height_of_its_one_light()
    {
        await roads.RoadAsync("R1", "branch", Km);
        await roads.LightsAsync(Every(70, 1000, 30, 508), height: 12);

        // H = 12 → S = 42, threshold 84: the same 70 m start stretch is no gap.
        Assert.Empty(await Gaps());
    }

    [Fact]
    public async Task Lights_on_the_other_side_of_the_road_count()
    {
        await roads.RoadAsync("R1", "branch", Km);
        await HoleFrom400To600Async();
        await roads.LightsAsync([(500, 492)]);

        // The south-side lamp splits the hole: 400–500 and 500–600, 100 m each; ⌈100 / 28⌉ − 1 = 3.
        var gaps = await Gaps();
        Assert.Equal(2, gaps.Count);
        Assert.All(gaps, g => AssertGap(g, GapKinds.LightGap, 100, 3));
    }

    [Fact]
    public async Task Lights_alternating_sides_every_30m_leave_no_gap()
    {
        await roads.RoadAsync("R1", "branch", Km);
        await Task.WhenAll(roads.LightsAsync(Every(10, 1000, 60, 508)), roads.LightsAsync(Every(40, 1000, 60, 492)));

        Assert.Empty(await Gaps());
    }

    [Fact]
    public async Task A_lamp_of_a_joining_road_within_25m_lights_this_segment_too()
    {
        await roads.RoadAsync("A", "branch", "LINESTRING(0 500, 300 500)");
        await roads.RoadAsync("B", "branch", "LINESTRING(300 500, 300 800)");
        await roads.LightsAsync(Every(20, 290, 30, 505));                      // A's last lamp (290, 505): 10 m from B
        await roads.LightsAsync(Every(560, 800, 30, 0).Select(p => (305.0, p.X)));  // B's own lamps from 60 m on

        // Without A's lamp B would start with 0–60 (60 m > 56); it projects to 5 m on B, leaving 5–60 = 55 m.
        Assert.Empty(await Gaps());
    }

    [Fact]
    public async Task Failed_and_retired_lights_do_not_count()
    {
        await roads.RoadAsync("R1", "branch", Km);
        await HoleFrom400To600Async();
        await roads.LightsAsync([(500, 508)], status: "damaged");
        await roads.AssetsAsync("streetlight", [(450, 508)], height: 8, retired: true);

        AssertGap(Assert.Single(await Gaps()), GapKinds.LightGap, 200, 7);
    }

    [Fact]
    public async Task A_light_26m_from_the_centreline_does_not_light_the_road_but_one_at_24m_does()
    {
        await roads.RoadAsync("FAR", "branch", "LINESTRING(0 200, 300 200)");
        await roads.RoadAsync("NEAR", "branch", "LINESTRING(0 800, 300 800)");
        await roads.LightsAsync([(150, 226), (150, 824)]);

        // FAR: unlit, ⌊300 / 28⌋ + 1 = 11. NEAR: 0–150 and 150–300 (150 m > 56), ⌈150 / 28⌉ − 1 = 5 each.
        var gaps = await Gaps();
        AssertGap(Assert.Single(gaps, g => g.Kind == GapKinds.UnlitRoad), GapKinds.UnlitRoad, 300, 11);
        Assert.Equal("FAR", await roads.RoadCodeAsync(gaps.Single(g => g.Kind == GapKinds.UnlitRoad)));
        Assert.All(gaps.Where(g => g.Kind == GapKinds.LightGap), g => AssertGap(g, GapKinds.LightGap, 150, 5));
        Assert.Equal(3, gaps.Count);
    }

    [Fact]
    public async Task Unlit_segments_longer_than_50m_are_reported_with_the_lights_a_full_row_needs()
    {
        await roads.RoadAsync("R047", "branch", "LINESTRING(0 100, 739 100)", "河埠路");
        await roads.RoadAsync("A1", "arterial", "LINESTRING(0 300, 500 300)");
        await roads.RoadAsync("V1", "village", "LINESTRING(0 500, 49 500)");
        await roads.LightsAsync([(250, 700)]);   // lights nothing: 200 m from every road

        // Branch: ⌊739 / 28⌋ + 1 = 27. Arterial: S = 3 × 8 = 24, ⌊500 / 24⌋ + 1 = 21. 49 m is not over 50 m.
        var gaps = (await Gaps()).OrderBy(g => g.LengthM).ToList();
        Assert.Equal(2, gaps.Count);
        AssertGap(gaps[0], GapKinds.UnlitRoad, 500, 21);
        AssertGap(gaps[1], GapKinds.UnlitRoad, 739, 27);
        Assert.Equal("河埠路（R047）739 米无路灯，需增设 27 盏", gaps[1].Description);
    }

    [Fact]
    public async Task Only_lights_that_failed_leave_a_segment_unlit()
    {
        await roads.RoadAsync("R1", "branch", "LINESTRING(0 500, 300 500)");
        await roads.LightsAsync(Every(10, 300, 30, 508), status: "unlit");

        AssertGap(Assert.Single(await Gaps()), GapKinds.UnlitRoad, 300, 11);
    }

    [Fact]
    public async Task Pole_height_is_the_mean_of_the_two_lights_bounding_the_stretch()
    {
        await roads.RoadAsync("R1", "branch", Km);
        await HoleFrom400To600Async(heightBefore: 6, heightAfter: 10);

        // H = (6 + 10) / 2 = 8 → S = 28: 7 lights (H = 6 alone would ask 9, H = 10 alone 5).
        AssertGap(Assert.Single(await Gaps()), GapKinds.LightGap, 200, 7);
    }

    [Fact]
    public async Task A_light_without_a_pole_height_counts_with_the_townships_default()
    {
        await roads.RoadAsync("R1", "branch", Km);
        await HoleFrom400To600Async(heightBefore: null, heightAfter: null);

        // Default 12 m: S = 42, threshold 84; ⌈200 / 42⌉ − 1 = 4.
        var gaps = await Gaps(AnalysisSettings.Default with { DefaultPoleHeightM = 12 });
        AssertGap(Assert.Single(gaps), GapKinds.LightGap, 200, 4);
    }

    [Fact]
    public async Task An_arterial_is_lit_at_3H_and_a_branch_at_3_5H()
    {
        await roads.RoadAsync("ART", "arterial", "LINESTRING(0 200, 1000 200)");
        await roads.RoadAsync("BR", "branch", "LINESTRING(0 800, 1000 800)");
        foreach (var y in new[] { 208.0, 808.0 })
            await Task.WhenAll(roads.LightsAsync(Every(10, 400, 30, y)), roads.LightsAsync(Every(454, 994, 30, y)));

        // The 54 m hole: over 2 × 24 = 48 on the arterial (⌈54 / 24⌉ − 1 = 2), under 2 × 28 = 56 on the branch.
        var gap = Assert.Single(await Gaps());
        AssertGap(gap, GapKinds.LightGap, 54, 2);
        Assert.Equal("ART", await roads.RoadCodeAsync(gap));
    }

    [Fact]
    public async Task A_bent_segment_is_measured_along_its_line()
    {
        await roads.RoadAsync("L", "branch", "LINESTRING(100 100, 600 100, 600 600)");
        await roads.LightsAsync(Every(110, 500, 30, 92));                          // along 10 … 400
        await roads.LightsAsync(Every(200, 590, 30, 0).Select(p => (608.0, p.X)));  // along 600 … 990

        // The hole runs 400 → 600 along the line, round the corner: 100 m east + 100 m north.
        var gap = Assert.Single(await Gaps());
        AssertGap(gap, GapKinds.LightGap, 200, 7);
        Assert.Equal(3, gap.Geometry.NumPoints);
        Assert.Equal(200, await roads.GeodesicLengthAsync(gap), 0.5);
    }

    [Fact]
    public async Task Only_segments_touching_the_zone_are_checked()
    {
        await roads.RoadAsync("IN", "branch", "LINESTRING(0 200, 300 200)");
        await roads.RoadAsync("OUT", "branch", "LINESTRING(0 800, 300 800)");
        var zone = await roads.ZoneAsync("POLYGON((0 0, 1000 0, 1000 500, 0 500, 0 0))");

        var gap = Assert.Single(await Gaps(zoneId: zone));
        Assert.Equal("IN", await roads.RoadCodeAsync(gap));
    }

    [Fact]
    public async Task Only_the_kinds_asked_for_are_returned()
    {
        await roads.RoadAsync("DARK", "branch", "LINESTRING(0 200, 300 200)");
        await roads.RoadAsync("HOLE", "branch", Km);
        await HoleFrom400To600Async();

        Assert.Equal(GapKinds.UnlitRoad, Assert.Single(await Gaps(kinds: GapKinds.UnlitRoad)).Kind);
        Assert.Equal(GapKinds.LightGap, Assert.Single(await Gaps(kinds: GapKinds.LightGap)).Kind);
    }

    // Issue #12 §2–3: a junction at x = 500. West lamps every 30 m from 10 to 400 (100 m dark to the node), east
    // lamps from 560 to 980 (60 m dark from the node); an unlit side street runs south from the node.
    async Task JunctionAsync(bool split)
    {
        if (split)
        {
            await roads.RoadAsync("W", "branch", "LINESTRING(0 500, 500 500)", "河埠路");
            await roads.RoadAsync("E", "branch", "LINESTRING(500 500, 1000 500)", "河埠路");
            await roads.RoadAsync("S", "village", "LINESTRING(500 500, 500 0)", "小巷");
        }
        else
            await roads.RoadAsync("W", "branch", Km, "河埠路");
        await roads.LightsAsync(Every(10, 400, 30, 508).Concat(Every(560, 980, 30, 508)));
    }

    static AnalysisSettings Ends(LightGapEnds ends) => AnalysisSettings.Default with { LightGapEnds = ends };

    async Task<string> LightGapsAsync(AnalysisSettings? settings = null) => string.Join("; ",
        await Task.WhenAll((await Gaps(settings, null, GapKinds.LightGap)).Select(async g =>
            $"{await roads.RoadCodeAsync(g)} {g.LengthM:0} {g.LightsNeeded}")));

    [Fact]
    public async Task Through_a_junction_the_dark_stretch_runs_lamp_to_lamp_and_is_reported_once_on_the_longer_part()
    {
        await JunctionAsync(split: true);
        // 100 + 60 = 160 m > 56 m: ⌈160 / 28⌉ − 1 = 5, on W (100 m of it).
        Assert.Equal("W 160 5", await LightGapsAsync());
        var gap = Assert.Single(await Gaps(null, null, GapKinds.LightGap));
        Assert.Equal(160, await roads.GeodesicLengthAsync(gap), 0.5);
        Assert.Equal("河埠路（W）距路段起点 400–500 米处至路口另一侧共 160 米缺灯，需增设 5 盏", gap.Description);
    }

    [Fact]
    public async Task Segment_end_judges_each_end_stretch_alone()
    {
        await JunctionAsync(split: true);
        Assert.Equal("E 60 2; W 100 3", await LightGapsAsync(Ends(LightGapEnds.SegmentEnd)));
    }

    [Fact]
    public async Task Between_lights_never_ends_a_gap_at_a_segment_end()
    {
        await JunctionAsync(split: true);
        Assert.Equal("", await LightGapsAsync(Ends(LightGapEnds.BetweenLights)));
        Assert.Single(await Gaps(Ends(LightGapEnds.BetweenLights), null, GapKinds.UnlitRoad));
    }

    [Fact]
    public async Task A_road_split_at_a_side_street_has_the_same_light_gaps_as_the_unsplit_road()
    {
        await JunctionAsync(split: false);
        var unsplit = (await Gaps(null, null, GapKinds.LightGap)).Select(g => Math.Round(g.LengthM!.Value, 3)).ToList();
        await roads.NewTownshipAsync();
        await JunctionAsync(split: true);
        Assert.Equal([160.0], unsplit.Select(l => Math.Round(l)));
        Assert.Equal(unsplit, (await Gaps(null, null, GapKinds.LightGap)).Select(g => Math.Round(g.LengthM!.Value, 3)));
    }

    [Fact]
    public async Task A_dead_end_ends_the_dark_stretch_there()
    {
        await roads.RoadAsync("W", "branch", Km, "河埠路");
        await roads.LightsAsync(Every(10, 900, 30, 508));
        // Last lamp at 880: 120 m to the dead end at 1000, judged alone: ⌈120 / 28⌉ − 1 = 4.
        Assert.Equal("W 120 4", await LightGapsAsync());
    }
}
