using Zones.Server.Data.Analysis;
using Zones.Server.Data.Analysis.Checks;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>责任主体 on 甲镇: who has no primary owner in force now.</summary>
[Collection(ZoneGapFixture.Collection)]
public class OwnershipCheckTests(ZoneGapFixture f)
{
    readonly OwnershipCheck check = new();

    static readonly DateTimeOffset LastDay = new(2025, 6, 30, 0, 0, 0, TimeSpan.FromHours(8));

    // 二村: its primary ended 2025-06-30, a non-primary helper does not count; area 500 × 1000 − the
    // 100 × 100 hole = 490 000 m². 二组: its primary starts in ten days, never had one before; 480 × 500 = 240 000 m².
    // The township zone 甲镇 has no owner either but is not a level that needs one.
    [Fact]
    public async Task Zones_without_a_primary_in_force()
    {
        var gaps = (await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.ZoneWithoutOwner)).OrderBy(g => g.ZoneId).ToList();

        Assert.Equal([f.Id("二村"), f.Id("二组")], gaps.Select(g => g.ZoneId!.Value));
        Assert.Equal(490_000, gaps[0].AreaM2!.Value, 49.0);
        Assert.Equal(LastDay, gaps[0].Since);
        Assert.Equal("村「二村」没有在任的主要责任人（上一任于 2025-06-30 00:00 卸任），请指定责任主体", gaps[0].Description);
        Assert.Equal(240_000, gaps[1].AreaM2!.Value, 24.0);
        Assert.Null(gaps[1].Since);
    }

    // 工业路 (secondary, never owned) and 省道 (highway, owner left 2025-06-30), 1000 m each;
    // 人民路 is owned, 村道 is a class that needs no 包联, 旧国道 is retired.
    [Fact]
    public async Task Roads_of_the_owner_classes_without_a_primary()
    {
        var gaps = (await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.RoadWithoutOwner)).OrderBy(g => g.RoadId).ToList();

        Assert.Equal([f.Id("R2"), f.Id("R5")], gaps.Select(g => g.RoadId!.Value));
        Assert.All(gaps, g => Assert.Equal(1000, g.LengthM!.Value, 0.2));
        Assert.Null(gaps[0].Since);
        Assert.Equal(LastDay, gaps[1].Since);
        Assert.Equal("次干路「工业路」（R2，1000 米）没有包联部门，请指定", gaps[0].Description);
    }

    [Fact]
    public async Task Road_classes_come_from_the_settings()
    {
        var gaps = await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.RoadWithoutOwner,
                                    settings: AnalysisSettings.Default with { RoadOwnerClasses = ["village"] });

        Assert.Equal(f.Id("R3"), Assert.Single(gaps).RoadId);
    }

    // 一村 holds 二组 (unowned) and is crossed by 省道; 工业路 runs through 东片 only.
    [Fact]
    public async Task Asking_for_a_zone_keeps_its_subtree_and_its_roads()
    {
        Assert.Equal(f.Id("二组"), Assert.Single(await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.ZoneWithoutOwner, f.Id("一村"))).ZoneId);
        Assert.Equal(f.Id("R5"), Assert.Single(await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.RoadWithoutOwner, f.Id("一村"))).RoadId);
        Assert.Empty(await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.ZoneWithoutOwner, f.Id("东片")));
    }
}
