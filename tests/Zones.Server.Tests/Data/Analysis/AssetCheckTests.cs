using Zones.Server.Data.Analysis;
using Zones.Server.Data.Analysis.Checks;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>管护单位 and 设施状态 on 甲镇.</summary>
[Collection(ZoneGapFixture.Collection)]
public class AssetCheckTests(ZoneGapFixture f)
{
    readonly AssetCheck check = new();

    // T0002 has no maintainer, T0004 is lost with none (lost is still on the books), T0003's 老管护站 was
    // retired 2026-03-01. T0005 (abandoned) and L0002 (retired) need none; the rest have 环卫所.
    [Fact]
    public async Task Assets_with_no_or_a_retired_maintainer()
    {
        var gaps = (await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.AssetWithoutMaintainer)).OrderBy(g => g.AssetId).ToList();

        Assert.Equal([f.Id("T0002"), f.Id("T0003"), f.Id("T0004")], gaps.Select(g => g.AssetId!.Value));
        Assert.Null(gaps[0].Since);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)), gaps[1].Since);
        Assert.Equal("公厕 T0003的管护单位「老管护站」已撤销，请指定管护单位", gaps[1].Description);
        Assert.Equal("Point", gaps[0].Geometry.GeometryType);
    }

    // Damaged/lost 10 days 2 hours ago → 10 whole days; 3 days 1 hour ago → 3. Good, abandoned and
    // retired assets are not out of service.
    [Fact]
    public async Task Assets_out_of_service_with_whole_days()
    {
        var gaps = (await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.AssetOutOfService)).ToDictionary(g => g.AssetId!.Value);

        var expected = new Dictionary<string, int> { ["T0002"] = 10, ["T0004"] = 10, ["T0006"] = 3, ["L0001"] = 3, ["C0002"] = 10, ["C0003"] = 10 };
        Assert.Equal(expected.Keys.Select(f.Id).Order(), gaps.Keys.Order());
        foreach (var (identifier, days) in expected)
            Assert.Equal(days, gaps[f.Id(identifier)].Count);
        Assert.StartsWith("路灯 L0001不亮已 3 天（自 ", gaps[f.Id("L0001")].Description);
        Assert.InRange((DateTimeOffset.UtcNow - gaps[f.Id("L0001")].Since!.Value).TotalHours, 72.9, 73.5);
    }

    // 二组 (0..480 × 500..1000) holds C0001 and C0002 only; C0002 is damaged.
    [Fact]
    public async Task Asking_for_a_zone_keeps_the_assets_in_it() =>
        Assert.Equal(f.Id("C0002"), Assert.Single(await f.RunAsync(check, ZoneGapFixture.T1, GapKinds.AssetOutOfService, f.Id("二组"))).AssetId);
}
