using Zones.Server.Data.Analysis;
using Zones.Server.Data.Analysis.Checks;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>
/// The demo township 桑溪镇: every gap planted for these checks (data/demo/README.md "埋点") is found,
/// and nothing else, with the default settings.
/// </summary>
[Collection(PostgisCollection.Name)]
public class DemoZoneGapsTests(PostgisFixture pg)
{
    const string Township = "330522125000";

    Task<IReadOnlyList<CoverageGap>> FindAsync(params string[] kinds) =>
        new CoverageGapService(new AnalysisLane(pg.DataSource), [new ZoneTopologyCheck(), new OwnershipCheck(), new AssetCheck(), new ToiletCheck(), new CollectionPointCheck()])
            .FindAsync([Township], null, kinds, default);

    // The toilet hole and the remote dwelling were planted on straight-line distance; walking distance over the demo's
    // sparse roads (107 segments over 54 km²) finds more (WalkingReachTests and DemoWalkingReachTests have the walking plants).
    async Task<IReadOnlyList<CoverageGap>> StraightAsync(ICoverageCheck check, string kind)
    {
        await using var conn = await pg.DataSource.OpenConnectionAsync();
        return await check.FindAsync(conn, Township, null, AnalysisSettings.Default with { ReachMethod = ReachMethods.StraightLine },
                                     new HashSet<string> { kind }, default);
    }

    Task<long> ZoneId(string code) => pg.ScalarAsync<long>($"SELECT id FROM zones.zone WHERE code = '{code}' AND valid_to IS NULL");

    Task<long> AssetId(string identifier) => pg.ScalarAsync<long>($"SELECT id FROM zones.asset WHERE identifier = '{identifier}'");

    // The README's areas come from the generator's own projection; PostGIS on the spheroid agrees to 0.05 %
    // (measured: 30 245.7 and 12 203.9 m²).
    const double Agree = 5e-4;

    // 30 242 m² of 东部片区 between 沈家村 and 溪口村.
    [Fact]
    public async Task The_planted_gap_and_nothing_else()
    {
        var gap = Assert.Single(await FindAsync(GapKinds.UncoveredLand));

        Assert.Equal(await ZoneId("330522125000004"), gap.ZoneId);
        Assert.Equal(30_242, gap.AreaM2!.Value, 30_242 * Agree);
    }

    // 12 206 m² where 桑园村 reaches into 画溪村.
    [Fact]
    public async Task The_planted_overlap_and_nothing_else()
    {
        var gap = Assert.Single(await FindAsync(GapKinds.ZoneOverlap));

        Assert.Equal(new[] { await ZoneId("330522125000104"), await ZoneId("330522125000105") }.Order(),
                     new[] { gap.ZoneId!.Value, gap.RelatedZoneId!.Value }.Order());
        Assert.Equal(12_206, gap.AreaM2!.Value, 12_206 * Agree);
    }

    // 施家村: its last primary owner left 2026-10-08 (shifted by the loader with every other timestamp).
    [Fact]
    public async Task The_planted_unowned_zone_and_nothing_else()
    {
        var gap = Assert.Single(await FindAsync(GapKinds.ZoneWithoutOwner));

        Assert.Equal(await ZoneId("330522125000116"), gap.ZoneId);
        Assert.Equal(await pg.ScalarAsync<DateTime>($"""
            SELECT max(valid_to) FROM zones.assignment WHERE target_kind = 'zone' AND is_primary AND target_id = {gap.ZoneId}
            """), gap.Since!.Value.UtcDateTime);
    }

    // Every arterial, secondary and 过境 segment has a department.
    [Fact]
    public async Task Every_road_that_needs_an_owner_has_one() =>
        Assert.Empty(await FindAsync(GapKinds.RoadWithoutOwner));

    [Fact]
    public async Task The_planted_toilet_without_maintainer_and_nothing_else() =>
        Assert.Equal(await AssetId("3305220301000024"), Assert.Single(await FindAsync(GapKinds.AssetWithoutMaintainer)).AssetId);

    [Fact]
    public async Task The_planted_village_without_toilet_and_nothing_else() =>
        Assert.Equal(await ZoneId("330522125000111"), Assert.Single(await FindAsync(GapKinds.VillageWithoutToilet)).ZoneId);

    [Fact]
    public async Task The_planted_dry_toilet_in_the_built_up_area_and_nothing_else() =>
        Assert.Equal(await AssetId("3305220301000008"), Assert.Single(await FindAsync(GapKinds.DryToiletInBuiltUp)).AssetId);

    // README 公厕: the lattice toilet on 桑溪镇中心幼儿园 was never built. PostGIS measures 103 080 m² of 锦绣社区's (in 3 网格)
    // built-up land beyond 300 m of every working toilet (the generator's flat metres: 102 905), with the 幼儿园 in it;
    // every other part of the 4.08 km² of built-up land is within reach.
    [Fact]
    public async Task The_planted_toilet_hole_round_the_kindergarten_and_nothing_else()
    {
        // Cut by the most specific zone over it (issue #12): 锦绣社区's 网格 each answer for their part.
        var gaps = await StraightAsync(new ToiletCheck(), GapKinds.ToiletReach);

        Assert.All(gaps, g => Assert.StartsWith("锦绣社区第", g.Description));
        Assert.Equal(103_080, gaps.Sum(g => g.AreaM2!.Value), 103_080 * 5e-3);
        Assert.Equal(1, gaps.Sum(g => g.Count));
        var kindergarten = new NetTopologySuite.IO.WKTReader().Read(
            await pg.ScalarAsync<string>("SELECT ST_AsText(geom) FROM zones.place WHERE name = '桑溪镇中心幼儿园'"));
        Assert.Contains(gaps, g => g.Geometry.Contains(kindergarten));
    }

    // README 垃圾收集点: 梅林村下湾 (226 households) has its point 170 m away, towards its village committee.
    [Fact]
    public async Task The_planted_remote_dwelling_and_nothing_else()
    {
        var gap = Assert.Single(await StraightAsync(new CollectionPointCheck(), GapKinds.CollectionPointReach));

        Assert.Equal(await pg.ScalarAsync<long>("SELECT id FROM zones.place WHERE name = '梅林村下湾'"), gap.PlaceId);
        Assert.Equal(226, gap.Count);
        Assert.Contains("距最近的在用垃圾收集点 170 米", gap.Description);
    }

    [Fact]
    public async Task Every_damaged_unlit_or_lost_asset_is_out_of_service() =>
        Assert.Equal(await pg.ScalarAsync<long>(
                         "SELECT count(*) FROM zones.asset WHERE status IN ('damaged', 'unlit', 'lost') AND retired_at IS NULL"),
                     (await FindAsync(GapKinds.AssetOutOfService)).Count);
}
