using NetTopologySuite.Geometries;
using Zones.Server.Data.Analysis;
using Zones.Server.Data.Analysis.Checks;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>
/// The demo's planted walking-distance case (issue #12; data/demo/README.md 公厕 → 步行距离): 河东新村 on the east
/// bank of a creek, 248 m from 新华路三号公厕 on the west bank in a straight line, 598 m along the roads over the one bridge.
/// </summary>
[Collection(PostgisCollection.Name)]
public class DemoWalkingReachTests(PostgisFixture pg)
{
    const string Township = "330522125000";
    const string Toilet = "3305220301000060";

    async Task<Geometry> DwellingAsync() =>
        new NetTopologySuite.IO.WKTReader().Read(await pg.ScalarAsync<string>("SELECT ST_AsText(geom) FROM zones.place WHERE name = '河东新村'"));

    async Task<IReadOnlyList<CoverageGap>> ToiletGapsAsync(string method)
    {
        await using var conn = await pg.DataSource.OpenConnectionAsync();
        return await new ToiletCheck().FindAsync(conn, Township, null, AnalysisSettings.Default with { ReachMethod = method },
                                                 new HashSet<string> { GapKinds.ToiletReach }, default);
    }

    ReachAreaService Areas() =>
        new(new AnalysisLane(pg.DataSource), new CoverageGapService(new AnalysisLane(pg.DataSource), [new ToiletCheck(), new CollectionPointCheck()]));

    [Fact]
    public async Task The_dwelling_across_the_creek_is_a_network_gap_and_not_a_straight_line_gap()
    {
        var dwelling = await DwellingAsync();

        var gap = Assert.Single(await ToiletGapsAsync(ReachMethods.Network), g => g.Geometry.Contains(dwelling));
        Assert.Equal(ReachMethods.Network, gap.Method);
        Assert.Contains("（按步行距离）", gap.Description);
        Assert.DoesNotContain(await ToiletGapsAsync(ReachMethods.StraightLine), g => g.Geometry.Contains(dwelling));
    }

    [Fact]
    public async Task The_toilets_isochrone_excludes_the_dwelling_and_its_circle_includes_it()
    {
        var dwelling = await DwellingAsync();
        var toilet = await pg.ScalarAsync<long>($"SELECT id FROM zones.asset WHERE identifier = '{Toilet}'");
        var straight = await pg.ScalarAsync<double>($"""
            SELECT ST_Distance(a.geom::geography, p.geom::geography) FROM zones.asset a, zones.place p
            WHERE a.identifier = '{Toilet}' AND p.name = '河东新村'
            """);

        var walked = await Areas().AreasAsync(Township, "toilet", ReachMethods.Network, default);
        var circle = Assert.Single(await Areas().AreasAsync(Township, "toilet", ReachMethods.StraightLine, default), a => a.AssetId == toilet);

        Assert.Equal(248, straight, 2.0);
        Assert.Equal(ReachMethods.Network, Assert.Single(walked, a => a.AssetId == toilet).Method);
        Assert.DoesNotContain(walked, a => a.Geometry.Contains(dwelling));
        Assert.True(circle.Geometry.Contains(dwelling));
    }
}
