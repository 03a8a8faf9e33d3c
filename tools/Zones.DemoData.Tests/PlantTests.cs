using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using Zones.DemoData.Core;

namespace Zones.DemoData.Tests;

/// <summary>The planted findings are in the files (independently of the README that describes them).</summary>
[Collection("demo")]
public sealed class PlantTests(DemoFixture demo)
{
    private GeoFrame Frame
    {
        get
        {
            var c = Assert.Single(demo.Level("township")).Geometry.Centroid;
            return new GeoFrame(c.X, c.Y);
        }
    }

    private List<(GeoJson.Feature Road, LineString Metres)> RoadsInMetres =>
        demo.Roads.Select(r => (r, (LineString)Frame.ToMetres(r.Geometry))).ToList();

    private List<(GeoJson.Feature Asset, Point Metres)> Lamps =>
        demo.Assets.Where(a => a.Str("kind") is "streetlight" or "landscape_light").Select(a => (a, (Point)Frame.ToMetres(a.Geometry))).ToList();

    // Issue #12: 河东新村 lies across a creek from one toilet; every other working toilet is more than 300 m away even in
    // a straight line, and no road crosses the water between them, so the walk goes round by the bridge.
    [Fact]
    public void The_dwelling_across_the_creek_is_near_one_toilet_in_a_straight_line_and_far_from_every_other()
    {
        var dwelling = (Point)Frame.ToMetres(Assert.Single(demo.Places, p => p.Str("name") == "河东新村").Geometry);
        var toilets = demo.Assets.Where(a => a.Str("kind") == "toilet" && a.Str("status") == "good")
            .Select(a => (Name: a.Str("name"), Metres: (Point)Frame.ToMetres(a.Geometry))).OrderBy(t => t.Metres.Distance(dwelling)).ToList();

        Assert.Equal("新华路三号公厕", toilets[0].Name);
        Assert.InRange(toilets[0].Metres.Distance(dwelling), 240, 260);
        Assert.True(toilets[1].Metres.Distance(dwelling) > 300);
        var across = GeometryFactory.Default.CreateLineString([toilets[0].Metres.Coordinate, dwelling.Coordinate]);
        // The toilet stands east of 新华路 on the west bank, so the line crosses only the east bank's road.
        Assert.Equal("东河街", Assert.Single(RoadsInMetres, r => r.Metres.Intersects(across)).Road.Str("name"));
    }

    [Fact]
    public void At_least_three_segments_over_fifty_metres_have_no_lamp_within_25_m()
    {
        var lamps = Lamps;
        var dark = RoadsInMetres.Where(r => r.Metres.Length > 50 && !lamps.Any(l => r.Metres.IsWithinDistance(l.Metres, 25))).ToList();
        Assert.True(dark.Count >= 3);
        Assert.Contains(dark, d => d.Road.Str("class") == "branch");
        Assert.True(dark.Count(d => d.Road.Str("class") == "village") >= 2);
    }

    [Fact]
    public void A_lit_highway_segment_has_a_lamp_free_stretch_longer_than_twice_the_nominal_spacing()
    {
        var lamps = Lamps;
        var gaps = from r in RoadsInMetres
                   where r.Road.Str("class") == "highway"
                   let line = new LengthIndexedLine(r.Metres)
                   let at = lamps.Where(l => r.Metres.IsWithinDistance(l.Metres, 25)).Select(l => line.Project(l.Metres.Coordinate)).Order().ToList()
                   where at.Count >= 2
                   select at.Zip(at.Skip(1), (a, b) => b - a).Max();
        Assert.Contains(gaps, g => g > 2 * 3.5 * 12);
    }

    [Fact]
    public void Exactly_one_toilet_has_no_maintainer_and_a_dry_toilet_stands_in_the_built_up_area()
    {
        var toilets = demo.Assets.Where(a => a.Str("kind") == "toilet").ToList();
        Assert.Single(toilets, t => t.Str("maintainer_unit_code") == null);
        Assert.Contains(toilets, t => t.Str("subtype") == "dry" && demo.BuiltUp.Any(b => b.Geometry.Contains(t.Geometry)));
    }

    [Fact]
    public void At_least_one_village_has_no_toilet()
    {
        var toilets = demo.Assets.Where(a => a.Str("kind") == "toilet").Select(a => a.Geometry).ToList();
        Assert.Contains(demo.Level("village"), v => !toilets.Any(v.Geometry.Contains));
    }

    [Fact]
    public void A_zone_has_no_active_primary_owner_and_one_handover_closes_and_opens_at_the_same_instant()
    {
        var reference = demo.Reference.ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", Fmt.Inv);
        bool Active(Dictionary<string, string?> a) => a["is_primary"] == "true" && string.CompareOrdinal(a["valid_from"], reference) <= 0
            && (a["valid_to"] == null || string.CompareOrdinal(a["valid_to"], reference) > 0);
        var owned = demo.Assignments.Where(a => a["target_kind"] == "zone" && Active(a)).Select(a => a["target_code"]).ToHashSet();
        Assert.Contains(demo.Zones, z => z.Str("level") is "area" or "village" && !owned.Contains(z.Str("code")));
        var primaries = demo.Assignments.Where(a => a["is_primary"] == "true").ToList();
        Assert.Contains(primaries, o => o["valid_to"] != null && primaries.Any(n => n["target_code"] == o["target_code"] && n["valid_from"] == o["valid_to"]));
        Assert.All(demo.Level("area"), a => Assert.Contains(demo.Assignments, s => s["target_code"] == a.Str("code") && s["role"] == "leader" && Active(s)));
    }

    [Fact]
    public void Exactly_one_dwelling_lies_150_to_200_m_from_its_nearest_collection_point_and_every_other_within_100_m()
    {
        var points = demo.Assets.Where(a => a.Str("kind") is "collection_point" or "garbage_room" or "transfer_station" && a.Str("status") == "good")
            .Select(a => Frame.ToMetres(a.Geometry)).ToList();
        var nearest = demo.Places.Where(p => p.Str("kind") == "dwelling")
            .Select(p => (Name: p.Str("name"), Metres: points.Min(q => q.Distance(Frame.ToMetres(p.Geometry))))).ToList();
        var far = Assert.Single(nearest, d => d.Metres > 100);
        Assert.InRange(far.Metres, 150, 200);
    }

    [Fact]
    public void The_only_arterial_stretch_over_100_m_without_a_working_bin_is_on_人民路()
    {
        var bins = demo.Assets.Where(a => a.Str("kind") == "bin" && a.Str("status") == "good").Select(a => Frame.ToMetres(a.Geometry)).ToList();
        var long_ = from r in RoadsInMetres
                    where r.Road.Str("class") == "arterial"
                    let line = new LengthIndexedLine(r.Metres)
                    let at = bins.Where(b => r.Metres.IsWithinDistance(b, 30)).Select(b => line.Project(b.Coordinate)).Append(0).Append(r.Metres.Length).Order().ToList()
                    from g in at.Zip(at.Skip(1), (a, b) => b - a)
                    where g > 100
                    select (Name: r.Road.Str("name"), Length: g);
        var gap = Assert.Single(long_);
        Assert.Equal("人民路", gap.Name);
        Assert.InRange(gap.Length, 150, 200);
    }

    [Fact]
    public void Complaints_concentrate_in_a_few_hot_spots()
    {
        var cells = demo.Complaints.GroupBy(c => (Math.Floor(double.Parse(c["lon"]!, Fmt.Inv) / 0.003), Math.Floor(double.Parse(c["lat"]!, Fmt.Inv) / 0.003)));
        var top = cells.Select(g => g.Count()).OrderDescending().Take(4).Sum();
        Assert.True(top >= demo.Complaints.Count * 0.3, $"top 4 cells hold {top} of {demo.Complaints.Count}");
    }
}
