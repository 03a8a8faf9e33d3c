namespace Zones.DemoData.Tests;

[Collection("demo")]
public sealed class CountsTests(DemoFixture demo)
{
    [Fact]
    public void Zone_tree_has_a_township_at_least_four_areas_twelve_villages_and_some_groups()
    {
        Assert.Single(demo.Level("township"));
        Assert.True(demo.Level("area").Count() >= 4);
        Assert.True(demo.Level("village").Count() >= 12);
        Assert.NotEmpty(demo.Level("group"));
        Assert.All(demo.Level("village"), v => Assert.True(v.Str("name")!.EndsWith('村') || v.Str("name")!.EndsWith("社区")));
    }

    [Fact]
    public void There_are_forty_road_segments_with_names_shared_along_a_road()
    {
        Assert.True(demo.Roads.Count >= 40);
        Assert.Contains(demo.Roads.GroupBy(r => r.Str("name")), g => g.Count() >= 3);
        Assert.Equal(["arterial", "branch", "highway", "secondary", "village"], demo.Roads.Select(r => r.Str("class")).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Units_people_shops_and_places_reach_the_minimums()
    {
        Assert.True(demo.Units.Count >= 8);
        Assert.True(demo.People.Count >= 15);
        Assert.InRange(demo.Shops.Count, 15, 30);
        string[] kinds = ["bus_stop", "dwelling", "market", "park", "school", "square", "village_committee"];
        Assert.Equal(kinds, demo.Places.Select(p => p.Str("kind")).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("bin", 300)]
    [InlineData("toilet", 20)]
    [InlineData("streetlight", 400)]
    [InlineData("collection_point", 2)]
    [InlineData("transfer_station", 1)]
    [InlineData("landscape_light", 2)]
    public void Asset_kinds_reach_the_minimums(string kind, int minimum) =>
        Assert.True(demo.Assets.Count(a => a.Str("kind") == kind) >= minimum, kind);

    [Fact]
    public void Complaints_number_at_least_five_hundred_and_every_one_has_events()
    {
        Assert.True(demo.Complaints.Count >= 500);
        Assert.Equal(demo.Complaints.Select(c => c["case_number"]).ToHashSet(), demo.Events.Select(e => e["case_number"]).ToHashSet());
    }
}
