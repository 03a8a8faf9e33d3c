using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Zones.DemoData.Tests;

[Collection("demo")]
public sealed class TopologyTests(DemoFixture demo)
{
    private static readonly PrecisionModel Grid = new(1e7);

    [Fact]
    public void Every_zone_is_a_valid_non_empty_multipolygon()
    {
        Assert.All(demo.Zones, z => Assert.IsType<MultiPolygon>(z.Geometry));
        Assert.All(demo.Zones, z => Assert.True(z.Geometry.IsValid && !z.Geometry.IsEmpty, z.Str("code")));
        Assert.All(demo.BuiltUp, b => Assert.True(b.Geometry is MultiPolygon && b.Geometry.IsValid));
    }

    [Fact]
    public void Children_tile_their_parent_except_the_one_planted_gap()
    {
        var gaps = Parents().Select(p => (p.Parent, Gap: Difference(p.Parent.Geometry, p.Union))).Where(x => !x.Gap.IsEmpty).ToList();
        var gap = Assert.Single(gaps);
        Assert.Equal("area", gap.Parent.Str("level"));
        Assert.InRange(gap.Gap.Area * 111_000 * 95_000, 5_000, 100_000);
        Assert.All(Parents(), p => Assert.True(Difference(p.Union, p.Parent.Geometry).IsEmpty, p.Parent.Str("code")));
    }

    [Fact]
    public void Siblings_do_not_overlap_except_the_one_planted_pair_of_villages()
    {
        var overlaps = (from a in demo.Zones
                        from b in demo.Zones
                        where a.Str("parent_code") != null && a.Str("parent_code") == b.Str("parent_code")
                              && string.CompareOrdinal(a.Str("code"), b.Str("code")) < 0
                              && a.Geometry.Relate(b.Geometry, "T********")
                        select (a, b)).ToList();
        var (x, y) = Assert.Single(overlaps);
        Assert.Equal(("village", "village"), (x.Str("level"), y.Str("level")));
    }

    [Fact]
    public void Road_segments_meet_only_at_their_ends()
    {
        foreach (var a in demo.Roads)
            foreach (var b in demo.Roads.Where(b => string.CompareOrdinal(a.Str("code"), b.Str("code")) < 0))
            {
                if (!a.Geometry.EnvelopeInternal.Intersects(b.Geometry.EnvelopeInternal)) continue;
                var im = a.Geometry.Relate(b.Geometry);
                Assert.True(im.Matches("F********") && im.Matches("*F*******") && im.Matches("***F*****"), $"{a.Str("code")} × {b.Str("code")}: {im}");
            }
    }

    [Fact]
    public void Road_segments_are_valid_linestrings_with_distinct_points()
    {
        Assert.All(demo.Roads, r => Assert.True(r.Geometry is LineString { IsValid: true, Length: > 0 }, r.Str("code")));
        Assert.All(demo.Roads, r => Assert.True(r.Geometry.Coordinates.Length >= 2));
    }

    private IEnumerable<(GeoJson.Feature Parent, Geometry Union)> Parents() =>
        from p in demo.Zones
        let children = demo.Zones.Where(c => c.Str("parent_code") == p.Str("code")).Select(c => c.Geometry).ToArray()
        where children.Length > 0
        select (p, UnaryUnionNG.Union(p.Geometry.Factory.BuildGeometry(children), Grid));

    private static Geometry Difference(Geometry a, Geometry b) => OverlayNG.Overlay(a, b, SpatialFunction.Difference, Grid);
}
