using Zones.Server.Data.Analysis;
using static Zones.Server.Tests.Data.Analysis.WalkingFixture;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>Toilet reach by walking distance over the road graph, its fallbacks and notices (issue #12); the map in <see cref="WalkingFixture"/>.</summary>
[Collection(Collection)]
public class WalkingReachTests(WalkingFixture f)
{
    static readonly NetTopologySuite.Geometries.Geometry Dwelling = At(500, 420);

    [Fact]
    public async Task A_dwelling_across_the_river_is_a_network_gap_and_not_a_straight_line_gap()
    {
        var network = await f.AnalyzeAsync(T4, GapKinds.ToiletReach);
        var straight = await f.AnalyzeAsync(T4, GapKinds.ToiletReach, """{"reachMethod": "straight_line"}""");

        var gap = Assert.Single(network.Gaps, g => g.Geometry.Contains(Dwelling));
        Assert.Equal(ReachMethods.Network, gap.Method);
        Assert.Contains("（按步行距离）", gap.Description);
        Assert.DoesNotContain(straight.Gaps, g => g.Geometry.Contains(Dwelling));
        Assert.All(straight.Gaps, g => Assert.Equal(ReachMethods.StraightLine, g.Method));
    }

    // 戊镇's tree stops at 片区: the land is cut by 戊片, and the gaps name it.
    [Fact]
    public async Task A_township_without_village_zones_gets_toilet_reach_gaps()
    {
        var result = await f.AnalyzeAsync(T4, GapKinds.ToiletReach);

        Assert.NotEmpty(result.Gaps);
        Assert.All(result.Gaps, g => Assert.StartsWith("戊片建成区内有", g.Description));
        Assert.Empty(result.Notices);
    }

    [Fact]
    public async Task The_isochrone_of_the_toilet_excludes_the_dwelling_and_the_circle_includes_it()
    {
        var walked = Assert.Single(await f.Areas().AreasAsync(T4, "toilet", null, default), a => a.AssetId == f.Id("T"));
        var circle = Assert.Single(await f.Areas().AreasAsync(T4, "toilet", ReachMethods.StraightLine, default), a => a.AssetId == f.Id("T"));

        Assert.Equal(ReachMethods.Network, walked.Method);
        Assert.False(walked.Geometry.Contains(Dwelling));
        Assert.True(walked.Geometry.Contains(At(500, 340)));
        Assert.True(circle.Geometry.Contains(Dwelling));
    }

    // B (900, 240) in 戊镇 joins 南街 10 m away and walks on along 庚镇's road: all of 庚镇's built-up strip is in reach.
    [Fact]
    public async Task A_toilet_across_a_township_border_serves_the_neighbour_by_road()
    {
        var result = await f.AnalyzeAsync(T7, GapKinds.ToiletReach);
        var areas = await f.Areas().AreasAsync(T4, "toilet", null, default);

        Assert.Empty(result.Gaps);
        Assert.Empty(result.Notices);
        Assert.True(Assert.Single(areas, a => a.AssetId == f.Id("B")).Geometry.Contains(At(1100, 260)));
    }

    [Fact]
    public async Task A_township_without_built_up_area_gets_a_notice_and_no_gap()
    {
        var result = await f.AnalyzeAsync(T6, GapKinds.ToiletReach);

        Assert.Empty(result.Gaps);
        var notice = Assert.Single(result.Notices);
        Assert.Null(notice.ZoneId);
        Assert.Equal("辛镇未划定建成区，无法检查公厕服务半径；请在 管理 → 导入 中导入建成区边界", notice.Message);
    }

    // 己村 has no mapped road: measured in a straight line (the half disc leaves 33 905 m² of the 400 × 300 m village), and said so.
    [Fact]
    public async Task A_village_without_mapped_roads_falls_back_to_the_straight_line_with_a_notice()
    {
        var result = await f.AnalyzeAsync(T5, GapKinds.ToiletReach);

        var gap = Assert.Single(result.Gaps);
        Assert.Equal(ReachMethods.StraightLine, gap.Method);
        Assert.Equal(33_905.0, gap.AreaM2!.Value, 190.0);
        var notice = Assert.Single(result.Notices);
        Assert.Equal(f.Id("己村"), notice.ZoneId);
        Assert.StartsWith("己村建成区内已测绘道路不足", notice.Message);
    }

    [Fact]
    public async Task The_straight_line_setting_gives_the_circle_answer_without_notices()
    {
        var result = await f.AnalyzeAsync(T5, GapKinds.ToiletReach, """{"reachMethod": "straight_line"}""");

        Assert.Equal(33_905.0, Assert.Single(result.Gaps).AreaM2!.Value, 190.0);
        Assert.Empty(result.Notices);
    }
}
